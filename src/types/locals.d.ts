declare namespace App {
  interface Locals {
    /**
     * The language of the MDX page being rendered (src/components/page/MdxPage.astro), which is not the
     * page's own when a translation is missing: the page's components write their words in it.
     */
    contentLang?: import('../lib/i18n/langs.ts').Lang;
  }
}
