import { describe, expect, it } from 'vitest';
import { cssUrls, foreign, loadedUrls } from './resources.ts';

describe('loadedUrls', () => {
  it.each([
    ['<img src="https://cdn.example/a.png" alt="">', ['https://cdn.example/a.png']],
    ['<img srcset="/a.png 1x, https://cdn.example/a2.png 2x" alt="">', ['/a.png', 'https://cdn.example/a2.png']],
    ['<script type="module" src="/_astro/x.js"></script>', ['/_astro/x.js']],
    ['<link rel="stylesheet" href="https://fonts.example/css">', ['https://fonts.example/css']],
    ['<link rel="icon" type="image/svg+xml" href="/favicon.svg">', ['/favicon.svg']],
    ['<link rel="preload" as="font" href="/f.woff2" crossorigin>', ['/f.woff2']],
    ['<video poster="https://v.example/p.jpg"><source src="/v.mp4"></video>', ['https://v.example/p.jpg', '/v.mp4']],
    ['<iframe src="https://maps.example/embed"></iframe>', ['https://maps.example/embed']],
    ['<object data="https://x.example/o.svg"></object>', ['https://x.example/o.svg']],
    ['<svg><image href="https://x.example/i.png"></image><use xlink:href="/s.svg#a"></use></svg>', ['https://x.example/i.png', '/s.svg#a']],
    ['<p style="background: url(&quot;https://x.example/b.png&quot;)">', ['https://x.example/b.png']],
    ['<style>@import "https://x.example/s.css"; .a { background: url(/b.png) }</style>', ['/b.png', 'https://x.example/s.css']],
    ['<img alt="" src="/a.png?x=1&amp;y=2">', ['/a.png?x=1&y=2']],
  ])('%s loads %j', (html, urls) => expect(loadedUrls(html)).toEqual(urls));

  it.each([
    ['<a href="https://example.org/page">a source</a>'],
    ['<link rel="canonical" href="https://elsewhere.example/">'],
    ['<link rel="alternate" type="application/atom+xml" href="https://elsewhere.example/feed.xml">'],
    ['<div data-src="https://x.example/a.png" data-pagefind-body></div>'],
    ['<meta property="og:image" content="https://x.example/p.png">'],
  ])('%s loads nothing', (html) => expect(loadedUrls(html)).toEqual([]));
});

describe('cssUrls', () => {
  it.each([
    ['a{background:url(/x.png)}', ['/x.png']],
    ["a{background:url( 'https://x.example/y.png' )}", ['https://x.example/y.png']],
    ['@font-face{src:url("/f.woff2") format("woff2")}', ['/f.woff2']],
    ["@import 'https://x.example/z.css';", ['https://x.example/z.css']],
    ['a{color:red}', []],
  ])('%s → %j', (css, urls) => expect(cssUrls(css)).toEqual(urls));
});

describe('foreign', () => {
  const origin = 'http://localhost:4321';
  it.each([
    ['/_astro/x.js', false],
    ['x.png', false],
    ['http://localhost:4321/preview.png', false],
    ['data:image/png;base64,AAAA', false],
    ['https://localhost:4321/x.png', true],
    ['http://localhost:8080/x.png', true],
    ['https://cdn.example/x.js', true],
    ['//cdn.example/x.js', true],
  ])('%s lies on another host: %s', (url, isForeign) => expect(foreign([url], origin)).toEqual(isForeign ? [url] : []));
});
