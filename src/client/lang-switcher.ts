/**
 * The language switcher keeps the reader's place: a link to the same page in another language is given
 * the address's fragment (#p4, #standfirst) when followed, since every language's copy has the same
 * anchors. Without JavaScript a link cannot know the fragment (the server never sees it), so the switcher's
 * links lead to the top of the other language's page. Bundled into the header search's loader
 * (src/client/search-header-loader.ts), the one script every page loads, so that a translated page
 * carries no second script tag (an article page within its gzipped budget). The 404 page's switcher
 * (`data-home`) leads to each language's home page, where the missing address's fragment means nothing.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('.lang-switcher:not([data-home]) a')) {
  link.addEventListener('click', () => {
    if (location.hash !== '') link.hash = location.hash;
  });
}
