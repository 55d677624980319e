import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities, htmlToText, looksLikeHtml, toPlainText } from '../../../src/domain/text/html.js';

describe('looksLikeHtml', () => {
  it.each([
    ['<p>Năm 2023, Việt Nam đón 12,6 triệu lượt khách.</p>', true],
    ['Hà Nội<br>Sáng 18/12', true],
    ['Hà Nội<br/>Sáng 18/12', true],
    ['<div class="content">Thủ tướng Phạm Minh Chính</div>', true],
    ['<!DOCTYPE html><title>Tin</title>', true],
    ['<HTML><BODY>Tin</BODY></HTML>', true],
    ['Bài viết <!-- quảng cáo --> tiếp', true],
    ['<a href="https://vnexpress.net">VnExpress</a>', true],
    ['Tăng trưởng đạt 5% < 6% kế hoạch > năm trước', false],
    ['Điểm thi <3 môn> được tính lại', false],
    ['Công ty A&B tăng vốn', false],
    ['Kim ngạch đạt 683 tỷ USD.\n\nXuất siêu khoảng 28 tỷ USD.', false],
    ['Mã <abc> không phải thẻ', false],
  ])('%j -> %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});

describe('decodeHtmlEntities', () => {
  it.each([
    ['A &amp; B', 'A & B'],
    ['&lt;p&gt; là thẻ', '<p> là thẻ'],
    ['Hà&nbsp;Nội', 'Hà\u00a0Nội'],
    ['Vi&#7879;t Nam', 'Việt Nam'],
    ['Vi&#x1EC7;t Nam', 'Việt Nam'],
    ['Vi&#X1ec7;t Nam', 'Việt Nam'],
    ['&quot;Ngoại giao cây tre&quot;', '"Ngoại giao cây tre"'],
    ['&ldquo;Ngoại giao&rdquo; &ndash; 2023&hellip;', '“Ngoại giao” – 2023…'],
    ['&Dstrok;&agrave; N&abreve;ng, &dstrok;&ocirc;ng', 'Đà Năng, đông'],
    ['TP Hồ Chí Minh &#150; Bình Dương', 'TP Hồ Chí Minh – Bình Dương'],
    ['ngoại&shy;giao', 'ngoạigiao'],
    ['&#0; &#xD800; &#1114112;', '\ufffd \ufffd \ufffd'],
    ['&unknown; và &amp', '&unknown; và &amp'],
    ['AT&T, R&D', 'AT&T, R&D'],
    ['không có tham chiếu', 'không có tham chiếu'],
  ])('%j -> %j', (text, expected) => {
    expect(decodeHtmlEntities(text)).toBe(expected);
  });
});

describe('htmlToText', () => {
  it.each([
    ['paragraphs', '<p>Đoạn một.</p><p>Đoạn hai.</p>', 'Đoạn một.\n\nĐoạn hai.'],
    ['headings and nested blocks', '<article><h1>Tiêu đề</h1><div><p>Nội dung.</p></div></article>', 'Tiêu đề\n\nNội dung.'],
    ['a line break', 'Hà Nội<br>Sáng 18/12<BR />Chiều', 'Hà Nội\nSáng 18/12\nChiều'],
    ['source line breaks collapse', '<p>Thủ tướng\n  Phạm Minh\tChính</p>', 'Thủ tướng Phạm Minh Chính'],
    ['inline tags leave no gap', '<p>Vi<b>ệt</b> <a href="/x">Nam</a></p>', 'Việt Nam'],
    ['table cells stay apart', '<table><tr><td>Năm</td><td>2023</td></tr></table>', 'Năm 2023'],
    ['scripts and styles go', '<style>p{color:red}</style><p>Tin</p><script>var a = "<p>x</p>";</script>', 'Tin'],
    ['an unclosed script runs to the end', '<p>Tin</p><script>alert(1)', 'Tin'],
    ['comments go', '<p>Tin<!-- <p>ẩn</p> --> chính</p>', 'Tin chính'],
    ['the head goes', '<html><head><title>Báo</title><meta charset="utf-8"></head><body><p>Tin</p></body></html>', 'Tin'],
    ['a head without its end tag ends at the body', '<html><head><title>Báo</title><body><p>Tin</p>', 'Tin'],
    ['a doctype goes', '<!DOCTYPE html>\n<p>Tin</p>', 'Tin'],
    ['">" inside an attribute value', '<p title="a > b">Tin</p>', 'Tin'],
    ['an apostrophe in an unquoted value', "<img alt=don't>Tin<p>Tiếp</p>", 'Tin\n\nTiếp'],
    ['references are decoded after the tags go', '<p>&lt;p&gt; và Vi&#7879;t&nbsp;Nam</p>', '<p> và Việt\u00a0Nam'],
    ['a "<" that opens no tag stays', '<p>5 < 6 và 7 <= 8</p>', '5 < 6 và 7 <= 8'],
    ['a tag left open at the end', '<p>Tin</p><img src="x', 'Tin'],
    ['list items', '<ul><li>Một</li><li>Hai</li></ul>', 'Một\n\nHai'],
    ['br inside a paragraph, then a new paragraph', '<p>Dòng một<br>Dòng hai</p><p>Đoạn hai</p>', 'Dòng một\nDòng hai\n\nĐoạn hai'],
  ])('%s', (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it('takes linear time over text full of stray "<"', () => {
    const hostile = '<a x="'.repeat(200_000);
    const started = performance.now();
    htmlToText(`<p>Tin</p>${hostile}`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('toPlainText', () => {
  it('converts HTML, and only decodes references in plain text, keeping its line breaks', () => {
    expect(toPlainText('<p>Một</p>\n<p>Hai</p>')).toBe('Một\n\nHai');
    expect(toPlainText('Tiêu đề\nVi&#7879;t Nam &amp; Lào')).toBe('Tiêu đề\nViệt Nam & Lào');
    const plain = 'Kim ngạch đạt 683 tỷ USD.\n\nXuất siêu 28 tỷ USD.';
    expect(toPlainText(plain)).toBe(plain);
  });
});
