/**
 * The language switcher keeps the reader's place: a link to the same page in another language is given
 * the address's fragment (#p4, #standfirst) when followed, since every language's copy has the same
 * anchors. Without JavaScript a link cannot know the fragment (the server never sees it), so the switcher's
 * links lead to the top of the other language's page. A file of its own, loaded by URL, so that no page
 * carries its hash in the Content-Security-Policy.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('.lang-switcher a')) {
  link.addEventListener('click', () => {
    if (location.hash !== '') link.hash = location.hash;
  });
}
