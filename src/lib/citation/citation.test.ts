import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import {
  apa,
  apaInText,
  mlaInText,
  chicagoBibliography,
  chicagoDate,
  chicagoNote,
  cslDate,
  headlineCase,
  mla,
  mlaDate,
  splitName,
  toBibtex,
  toCsl,
  toCslJson,
  toRis,
  oneDateParts,
} from './citation.ts';
import { articlesFrontmatter, citationInputs, readTree } from '../testing/content.ts';

const tree = readTree();
const articles = articlesFrontmatter(tree);
const inputFor = citationInputs(tree);

const GOBLE = 'russia-has-no-allies-bezpalko-says';
const GOBLE2 = 'moscow-warning-post-soviet-states-about-belarus';
const ASIANEWS = 'kazakhs-fear-becoming-imperial-target-of-moscow';
const MEDUZA = 'kazakhstan-terrorists-to-be-shot-on-sight';
const JASEM = 'is-kazakhstan-moving-away-from-russia';
const VPK = 'https://vpk.name/en/614137_central-asia-has-become-an-arena-of-confrontation-between-world-powers.html';
const TLN = 'https://thelatestnews.world/kazakhstan-russia-kazakhs-fear-becoming-a-new-imperial-target-for-moscow/';
const ASIA = 'https://www.asianews.it/news-en/Kazakhs-fear-becoming-a-new-imperial-target-of-Moscow-57406.html';

describe('headlineCase', () => {
  it('raises words but keeps minor words, proper names and the words inside quotation marks', () => {
    expect(headlineCase('Is Kazakhstan moving away from Russia?')).toBe('Is Kazakhstan Moving Away from Russia?');
    expect(headlineCase('Kazakhstan’s ‘terrorists’ are now to be shot on sight')).toBe(
      'Kazakhstan’s ‘Terrorists’ Are Now to Be Shot on Sight',
    );
    expect(headlineCase("a new 'imperial' target of")).toBe("A New 'Imperial' Target Of");
    expect(headlineCase('post-soviet states: the view from Astana')).toBe('Post-Soviet States: The View from Astana');
  });
});

describe('dates', () => {
  it('keeps exactly the known precision, and marks an approximate span with circa', () => {
    expect(cslDate({ from: '2022-06', to: '2022-07', approximate: true })).toEqual({
      'date-parts': [
        [2022, 6],
        [2022, 7],
      ],
      circa: true,
    });
    expect(cslDate({ date: '2021-03-06' })).toEqual({ 'date-parts': [[2021, 3, 6]] });
    expect(cslDate({ date: '2019' })).toEqual({ 'date-parts': [[2019]] });
  });
  it('writes Chicago and MLA dates without an invented day', () => {
    expect(chicagoDate({ from: '2022-06', to: '2022-07', approximate: true })).toBe('ca. June–July 2022');
    expect(mlaDate({ from: '2022-06', to: '2022-07', approximate: true })).toBe('c. June–July 2022');
    expect(chicagoDate({ from: '2022-09-13', to: '2022-09-15' })).toBe('September 13–15, 2022');
    expect(mlaDate({ from: '2022-09-13', to: '2022-09-15' })).toBe('13–15 Sept. 2022');
    expect(mlaDate({ date: '2022-06' })).toBe('June 2022');
    expect(chicagoDate({ date: '2021-03-06' })).toBe('March 6, 2021');
  });
  it('splits a one-field name on its last word', () => {
    expect(splitName('Basel Hajj Jasem')).toEqual({ family: 'Jasem', given: 'Basel Hajj' });
    expect(splitName('Madonna')).toEqual({ family: 'Madonna' });
  });
});

describe('the five articles, checked by hand', () => {
  it('a signed blog post whose collected copy is the original (no "republished")', () => {
    const i = inputFor(GOBLE);
    expect(i.republished).toBeUndefined();
    expect(chicagoBibliography(i).text).toBe(
      'Goble, Paul. “‘Russia Has No Allies’ and Must Stop Supporting Those Who Aren’t, Bezpalko Says.” Window on Eurasia (blog), ' +
        'March 6, 2021. https://windowoneurasia2.blogspot.com/2021/03/russia-has-no-allies-and-must-stop.html. Accessed via ' +
        'Kazakhstan–Russia Archive, https://archive.test/articles/russia-has-no-allies-bezpalko-says/.',
    );
    expect(chicagoNote(i).text).toBe(
      'Paul Goble, “‘Russia Has No Allies’ and Must Stop Supporting Those Who Aren’t, Bezpalko Says,” Window on Eurasia (blog), ' +
        'March 6, 2021, https://windowoneurasia2.blogspot.com/2021/03/russia-has-no-allies-and-must-stop.html, accessed via ' +
        'Kazakhstan–Russia Archive, https://archive.test/articles/russia-has-no-allies-bezpalko-says/.',
    );
    expect(mla(i).text).toBe(
      'Goble, Paul. “‘Russia Has No Allies’ and Must Stop Supporting Those Who Aren’t, Bezpalko Says.” Window on Eurasia, 6 Mar. ' +
        '2021, windowoneurasia2.blogspot.com/2021/03/russia-has-no-allies-and-must-stop.html. Kazakhstan–Russia Archive, ' +
        'archive.test/articles/russia-has-no-allies-bezpalko-says/.',
    );
    expect(apa(i).text).toBe(
      'Goble, P. (2021, March 6). ‘Russia has No Allies’ and Must Stop Supporting Those Who Aren’t, Bezpalko Says. Window on ' +
        'Eurasia. Kazakhstan–Russia Archive. https://archive.test/articles/russia-has-no-allies-bezpalko-says/',
    );
    expect(chicagoBibliography(i).html).toContain('<i>Window on Eurasia</i> (blog)');
    expect(mla(i).html).toContain('<i>Kazakhstan–Russia Archive</i>, archive.test/');
  });

  it('the second Goble post: a title already in headline style is left as it is', () => {
    const i = inputFor(GOBLE2);
    expect(chicagoBibliography(i).text).toBe(
      'Goble, Paul. “Moscow Warning Other Post-Soviet States about Threat Belarusian Events Present to Them.” Window on Eurasia ' +
        '(blog), August 29, 2020. https://windowoneurasia2.blogspot.com/2020/08/moscow-warning-other-post-soviet-states.html. ' +
        'Accessed via Kazakhstan–Russia Archive, https://archive.test/articles/moscow-warning-post-soviet-states-about-belarus/.',
    );
    expect(mla(i).text).toContain('Window on Eurasia, 29 Aug. 2020, windowoneurasia2.blogspot.com/2020/08/');
  });

  it('a translated piece republished elsewhere under another title', () => {
    const i = inputFor(ASIANEWS);
    expect(i.republished).toEqual({
      by: 'thelatestnews.world (TLN)',
      title: 'Kazakhs fear becoming a new ‘imperial’ target for Moscow',
      url: TLN,
    });
    expect(chicagoBibliography(i).text).toBe(
      `Rozanskij, Vladimir. “Kazakhs Fear Becoming a New 'Imperial' Target of Moscow.” Translated by thelatestnews.world (TLN). ` +
        `AsiaNews, December 28, 2022. ${ASIA}. Republished by thelatestnews.world (TLN) as “Kazakhs Fear Becoming a New ‘Imperial’ ` +
        `Target for Moscow,” ${TLN}. Accessed via Kazakhstan–Russia Archive, https://archive.test/articles/${ASIANEWS}/.`,
    );
    expect(chicagoNote(i).text).toBe(
      `Vladimir Rozanskij, “Kazakhs Fear Becoming a New 'Imperial' Target of Moscow,” trans. thelatestnews.world (TLN), AsiaNews, ` +
        `December 28, 2022, ${ASIA}, republished by thelatestnews.world (TLN) as “Kazakhs Fear Becoming a New ‘Imperial’ Target for ` +
        `Moscow,” ${TLN}, accessed via Kazakhstan–Russia Archive, https://archive.test/articles/${ASIANEWS}/.`,
    );
    expect(mla(i).text).toBe(
      `Rozanskij, Vladimir. “Kazakhs Fear Becoming a New 'Imperial' Target of Moscow.” Translated by thelatestnews.world (TLN), ` +
        `AsiaNews, 28 Dec. 2022, www.asianews.it/news-en/Kazakhs-fear-becoming-a-new-imperial-target-of-Moscow-57406.html. ` +
        `Republished by thelatestnews.world (TLN) as “Kazakhs Fear Becoming a New ‘Imperial’ Target for Moscow,” ` +
        `thelatestnews.world/kazakhstan-russia-kazakhs-fear-becoming-a-new-imperial-target-for-moscow/. Kazakhstan–Russia Archive, ` +
        `archive.test/articles/${ASIANEWS}/.`,
    );
    expect(apa(i).text).toBe(
      `Rozanskij, V. (2022, December 28). Kazakhs fear becoming a new “imperial” target of Moscow (thelatestnews.world (TLN), ` +
        `Trans.). AsiaNews. Kazakhstan–Russia Archive. https://archive.test/articles/${ASIANEWS}/`,
    );
  });

  it('an unsigned newsletter issue: the title leads, the newsletter is the container, Meduza the publisher', () => {
    const i = inputFor(MEDUZA);
    expect(i.authors).toEqual([]);
    expect(chicagoBibliography(i).text).toBe(
      `“Kazakhstan’s ‘Terrorists’ Are Now to Be Shot on Sight.” The Real Russia. Today. (newsletter), Meduza (English edition), ` +
        `January 7, 2022. Accessed via Kazakhstan–Russia Archive, https://archive.test/articles/${MEDUZA}/.`,
    );
    expect(chicagoNote(i).text).toBe(
      `“Kazakhstan’s ‘Terrorists’ Are Now to Be Shot on Sight,” The Real Russia. Today. (newsletter), Meduza (English edition), ` +
        `January 7, 2022, accessed via Kazakhstan–Russia Archive, https://archive.test/articles/${MEDUZA}/.`,
    );
    expect(mla(i).text).toBe(
      `“Kazakhstan’s ‘Terrorists’ Are Now to Be Shot on Sight.” The Real Russia. Today. Meduza (English edition), 7 Jan. 2022. ` +
        `Kazakhstan–Russia Archive, archive.test/articles/${MEDUZA}/.`,
    );
    expect(apa(i).text).toBe(
      `Kazakhstan’s ‘terrorists’ are now to be shot on sight. (2022, January 7). The Real Russia. Today. Kazakhstan–Russia ` +
        `Archive. https://archive.test/articles/${MEDUZA}/`,
    );
    expect(toCsl(i).author).toBeUndefined();
  });

  it('a piece translated twice, known only from a republished copy, dated only to an approximate span', () => {
    const i = inputFor(JASEM);
    expect(i.originalUrl).toBeNull();
    expect(i.translators).toEqual(['InoSMI', 'vpk.name']);
    expect(chicagoBibliography(i).text).toBe(
      `Jasem, Basel Hajj. “Is Kazakhstan Moving Away from Russia?” Translated by InoSMI and vpk.name. Al Araby Al Jadeed, ca. ` +
        `June–July 2022. Republished by vpk.name, ${VPK}. Accessed via Kazakhstan–Russia Archive, ` +
        `https://archive.test/articles/${JASEM}/.`,
    );
    expect(chicagoNote(i).text).toBe(
      `Basel Hajj Jasem, “Is Kazakhstan Moving Away from Russia?” trans. InoSMI and vpk.name, Al Araby Al Jadeed, ca. June–July ` +
        `2022, republished by vpk.name, ${VPK}, accessed via Kazakhstan–Russia Archive, https://archive.test/articles/${JASEM}/.`,
    );
    expect(mla(i).text).toBe(
      'Jasem, Basel Hajj. “Is Kazakhstan Moving Away from Russia?” Translated by InoSMI and vpk.name, Al Araby Al Jadeed, ' +
        `c. June–July 2022. Republished by vpk.name, ${VPK.replace('https://', '')}. ` +
        `Kazakhstan–Russia Archive, archive.test/articles/${JASEM}/.`,
    );
    expect(apa(i).text).toBe(
      `Jasem, B. H. (ca. 2022, June–July). Is Kazakhstan moving away from Russia? (InoSMI & vpk.name, Trans.). Al Araby Al Jadeed. ` +
        `Kazakhstan–Russia Archive. https://archive.test/articles/${JASEM}/`,
    );
    expect(apa(i).html).toContain('<i>Al Araby Al Jadeed</i>');
  });

  it('adds the access date only when one is given', () => {
    const i = inputFor(GOBLE, '2024-05-03');
    expect(chicagoNote(i).text).toContain('accessed May 3, 2024, via Kazakhstan–Russia Archive');
    expect(mla(i).text).toMatch(/Accessed 3 May 2024\.$/);
    expect(chicagoNote(inputFor(GOBLE)).text).not.toMatch(/accessed \w+ \d/);
  });
});

/** citation-js parses each export back; the fields must survive. */
async function parse(text: string): Promise<Record<string, unknown>> {
  const data = (await Cite.async(text)).data as Record<string, unknown>[];
  expect(data).toHaveLength(1);
  return data[0] ?? {};
}

describe('downloads parse back with citation-js', () => {
  for (const slug of articles.keys()) {
    it(slug, async () => {
      const input = inputFor(slug);
      const csl = toCsl(input);
      const dateParts = csl.issued['date-parts'];

      const fromJson = await parse(toCslJson(input));
      expect(fromJson['title']).toBe(input.title);
      expect(fromJson['issued']).toEqual(csl.issued);
      expect(fromJson['URL']).toBe(input.archive.url);
      expect(fromJson['container-title']).toBe(input.container);
      expect(fromJson['author'] ?? []).toEqual(input.authors.map(splitName));

      const one = oneDateParts(csl.issued);
      const fromBib = await parse(toBibtex(input));
      expect(fromBib['title']).toBe(input.title);
      // The one date every format without spans carries: a span's shared part, never its start.
      expect((fromBib['issued'] as { 'date-parts': number[][] })['date-parts']).toEqual([one]);
      expect(fromBib['URL']).toBe(input.archive.url);
      expect(fromBib['author'] ?? []).toEqual(input.authors.map(splitName));
      expect(fromBib['container-title']).toBe(input.container);

      const ris = toRis(input);
      expect(ris.split('\n').every((l) => l === '' || /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
      const fromRis = await parse(ris);
      expect(fromRis['title']).toBe(input.title);
      expect(fromRis['URL']).toBe(input.archive.url);
      expect(fromRis['container-title']).toBe(input.container);
      expect((fromRis['issued'] as { 'date-parts': number[][] })['date-parts'][0]?.[0]).toBe(one[0]);
      // RIS names a newspaper article's author its "reporter"; a blog post's, its author.
      const risNames = fromRis['author'] ?? fromRis['reporter'];
      const names = input.authors.map((n) => `${splitName(n).family}, ${splitName(n).given}`);
      if (names.length === 0) expect(risNames).toBeUndefined();
      else if (typeof risNames === 'string') expect([risNames]).toEqual(names);
      else expect(risNames).toEqual(input.authors.map(splitName));
      const da = /^DA {2}- (\d{4})\/(\d{1,2})?\/(\d{1,2})?\/(.*)$/m.exec(ris);
      expect(
        da
          ?.slice(1, 4)
          .filter((p) => p !== undefined)
          .map(Number),
      ).toEqual(one);
      expect(da?.[4]).toBe(csl.issued.circa === true || dateParts.length > 1 ? 'circa' : '');
    });
  }

  it('never invents a day for a month span', async () => {
    const input = inputFor(JASEM);
    for (const text of [toBibtex(input), toRis(input), toCslJson(input)]) {
      expect(text).not.toMatch(/2022-0[67]-\d\d|2022\/0?[67]\/\d/);
    }
    expect(toBibtex(input)).toContain('date = {2022}');
    expect(toBibtex(input)).not.toContain('month =');
    expect(toRis(input)).toMatch(/^DA {2}- 2022\/\/\/circa$/m);
    // CSL, which can write a span, keeps it.
    expect(toCsl(input).issued).toEqual({
      'date-parts': [
        [2022, 6],
        [2022, 7],
      ],
      circa: true,
    });
  });
});

describe('every download names the same type, the archive and the original', () => {
  const cases = [
    [GOBLE, 'post-weblog', 'BLOG', '@online{'],
    [GOBLE2, 'post-weblog', 'BLOG', '@online{'],
    [ASIANEWS, 'article-newspaper', 'NEWS', '@article{'],
    [MEDUZA, 'article-newspaper', 'NEWS', '@article{'],
    [JASEM, 'article-newspaper', 'NEWS', '@article{'],
  ] as const;
  it.each(cases)('%s', (slug, csl, ty, bib) => {
    const input = inputFor(slug);
    expect(toCsl(input).type).toBe(csl);
    const ris = toRis(input);
    expect(ris.split('\n')[0]).toBe(`TY  - ${ty}`);
    expect(ris).toMatch(new RegExp(`^ID {2}- ${slug}$`, 'm'));
    expect(ris).toMatch(/^DB {2}- Kazakhstan–Russia Archive$/m);
    expect(ris).toMatch(/^DP {2}- Kazakhstan–Russia Archive$/m);
    expect(ris).toMatch(new RegExp(`^UR {2}- ${input.archive.url}$`, 'm'));
    if (input.originalUrl === null) expect(ris).not.toMatch(/^L2 /m);
    else expect(ris.split('\n')).toContain(`L2  - ${input.originalUrl}`);
    const bibtex = toBibtex(input);
    expect(bibtex.startsWith(bib)).toBe(true);
    if (bib === '@article{') expect(bibtex).toContain('entrysubtype = {newspaper}');
    // Classic BibTeX's fields beside biblatex's.
    expect(bibtex).toContain(`journal = {${input.container}},`);
    expect(bibtex).toMatch(/\tyear = \{\d{4}\},/);
  });
  it('gives classic BibTeX the month as its macro when the month is known', () => {
    expect(toBibtex(inputFor(GOBLE))).toContain('\tmonth = mar,');
    expect(toBibtex(inputFor(MEDUZA))).toContain('\tmonth = jan,');
  });
  it('writes no author anywhere for the unsigned newsletter', () => {
    const input = inputFor(MEDUZA);
    expect(toRis(input)).not.toMatch(/^(AU|A1) /m);
    expect(toBibtex(input)).not.toContain('author =');
    expect(toCsl(input)).not.toHaveProperty('author');
  });
});

describe('a paragraph cited', () => {
  it('gives Chicago "para. N" with the #pN address, APA and MLA the address and their in-text forms', () => {
    const i = { ...inputFor(GOBLE, '2026-11-25'), paragraph: 4 };
    expect(chicagoNote(i).text).toBe(
      'Paul Goble, “‘Russia Has No Allies’ and Must Stop Supporting Those Who Aren’t, Bezpalko Says,” Window on Eurasia (blog), ' +
        'March 6, 2021, ' +
        'https://windowoneurasia2.blogspot.com/2021/03/russia-has-no-allies-and-must-stop.html, accessed November 25, 2026, via ' +
        'Kazakhstan–Russia Archive, ' +
        'para. 4, https://archive.test/articles/russia-has-no-allies-bezpalko-says/#p4.',
    );
    expect(chicagoBibliography(i).text).not.toContain('#p4');
    expect(apa(i).text).toContain('https://archive.test/articles/russia-has-no-allies-bezpalko-says/#p4');
    expect(apaInText(i)).toBe('(Goble, 2021, para. 4)');
    expect(mla(i).text).toContain('archive.test/articles/russia-has-no-allies-bezpalko-says/#p4. Accessed 25 Nov. 2026.');
    expect(mlaInText(i)).toBe('(Goble par. 4)');
    expect(toCsl(i).URL).toBe('https://archive.test/articles/russia-has-no-allies-bezpalko-says/#p4');
  });
  it('names an unsigned piece by its title in the in-text citations', () => {
    const i = { ...inputFor(MEDUZA), paragraph: 2 };
    expect(apaInText(i)).toBe('(“Kazakhstan’s ‘Terrorists’ Are Now to Be Shot on Sight,” 2022, para. 2)');
    expect(mlaInText(i)).toBe('(“Kazakhstan’s ‘Terrorists’ Are Now to Be Shot on Sight” par. 2)');
    expect(apaInText(inputFor(JASEM))).toBe('(Jasem, ca. 2022)');
  });
});
