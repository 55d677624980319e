// Articles made up for tests that need many of them (concurrent writers, long exports): Vietnamese
// news sentences of the kinds the extractors read, with numbers, places and people varied by a
// seeded generator, so that each article is distinct and states facts of its own.
import { seededRandom } from '../../src/bench/random.js';

const PROVINCES = ['An Giang', 'Bình Dương', 'Đà Nẵng', 'Hà Nội', 'Hải Phòng', 'Cần Thơ', 'Quảng Ninh', 'Nghệ An', 'Thanh Hóa', 'Lâm Đồng'];
const PEOPLE = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Châu', 'Phạm Quốc Dũng', 'Hoàng Thu Hà', 'Võ Thành Long', 'Đặng Ngọc Mai', 'Bùi Đức Nam'];
const METRICS = ['Kim ngạch xuất khẩu', 'Kim ngạch nhập khẩu', 'Vốn đầu tư nước ngoài', 'Doanh thu du lịch', 'Thu ngân sách'];

export interface SyntheticArticle {
  id: string;
  publishedAt: string;
  title: string;
  text: string;
}

/** `count` distinct articles with ids `${prefix}-0`, `${prefix}-1`…, the same for the same seed. */
export function syntheticArticles(prefix: string, count: number, seed = 1): SyntheticArticle[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const province = pick(PROVINCES);
    const year = 2016 + Math.floor(random() * 8);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const sentences = [
      `${pick(METRICS)} năm ${year} của tỉnh ${province} đạt ${(1 + random() * 900).toFixed(1).replace('.', ',')} triệu USD, tăng ${(random() * 30).toFixed(1).replace('.', ',')}% so với năm trước.`,
      `Chủ tịch UBND tỉnh ${province} ${pick(PEOPLE)} cho biết tỉnh đã thu hút ${2 + Math.floor(random() * 300)} dự án mới với tổng vốn ${(1 + random() * 50).toFixed(1).replace('.', ',')} nghìn tỷ đồng.`,
      `Sáng ${day}/${month}, hội nghị xúc tiến đầu tư có sự tham dự của hơn ${100 + Math.floor(random() * 2000)} đại biểu trong và ngoài nước.`,
      `Mã bài ${prefix} ${i} ghi nhận ${10 + i} hợp đồng và ${3 + Math.floor(random() * 40)} thỏa thuận hợp tác.`,
    ];
    return {
      id: `${prefix}-${i}`,
      publishedAt: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      title: `${province}: tin kinh tế số ${i}`,
      text: sentences.join(' '),
    };
  });
}

/** The articles as a JSONL file's text. */
export function toJsonl(articles: readonly SyntheticArticle[]): string {
  return `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`;
}
