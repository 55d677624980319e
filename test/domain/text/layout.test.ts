import { describe, expect, it } from 'vitest';
import { findLayout } from '../../../src/domain/text/layout.js';

const slice = (text: string, span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null);

describe('findLayout', () => {
  it('takes the first line as the title and a trailing name line as the byline', () => {
    const text = 'Xuất khẩu nông sản tăng mạnh\n\nBộ trưởng cho biết xuất khẩu tăng.\nNhiều mặt hàng đạt kỷ lục.\n\nMinh Anh\n\nXem nhiều nhất';
    const layout = findLayout(text);
    expect(slice(text, layout.title)).toBe('Xuất khẩu nông sản tăng mạnh');
    expect(slice(text, layout.byline)).toBe('Minh Anh');
  });

  it('skips a one-word section label before the title', () => {
    const text = 'Kinh tế\n\nGiá xăng giảm lần thứ ba liên tiếp\n\nSáng nay giá xăng giảm.';
    expect(slice(text, findLayout(text).title)).toBe('Giá xăng giảm lần thứ ba liên tiếp');
  });

  it('separates the title from the lead of a one-line article', () => {
    const text = 'Xuất khẩu gạo lập kỷ lục mới Bộ trưởng Công Thương Nguyễn Văn Hùng cho biết xuất khẩu tăng. Hoàng Lan';
    const layout = findLayout(text);
    expect(slice(text, layout.title)).toBe('Xuất khẩu gạo lập kỷ lục mới');
    expect(slice(text, layout.byline)).toBe('Hoàng Lan');
  });

  it('finds no byline when the article ends with a sentence', () => {
    const text = 'Tiêu đề bài viết\n\nNội dung bài viết kết thúc ở đây.';
    expect(findLayout(text).byline).toBeNull();
  });
});
