// Lowercase words that end a name, an organisation name or a counted noun phrase.

import { PhraseList } from './sets.js';

/** Function words: prepositions, conjunctions, aspect markers, determiners. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'vậy', 'nay', 'và', 'hoặc', 'hay', 'của', 'cho', 'với', 'về', 'tại', 'ở', 'trong', 'trên', 'dưới', 'từ', 'đến', 'tới',
  'là', 'thì', 'mà', 'nhưng', 'nên', 'vì', 'do', 'bởi', 'để', 'khi', 'nếu', 'như', 'theo', 'sau', 'trước', 'giữa',
  'đã', 'đang', 'sẽ', 'vừa', 'mới', 'cũng', 'còn', 'vẫn', 'đều', 'chỉ', 'rất', 'không', 'chưa', 'được', 'bị', 'có',
  'này', 'đó', 'kia', 'ấy', 'nào', 'các', 'những', 'mọi', 'mỗi', 'một', 'cùng', 'qua', 'lên', 'xuống', 'ra', 'vào',
  'gồm', 'so', 'hơn', 'gần', 'khoảng', 'nhằm', 'thuộc', 'kiêm', 'nhé', 'ạ', 'ư', 'sang', 'lại', 'đi', 'bằng',
  'hết', 'cả', 'luôn', 'tức', 'nhất', 'thêm', 'nữa', 'riêng', 'trở', 'tiếp', 'lúc', 'ngay', 'mặc', 'dù', 'tuy',
  'song', 'hầu', 'dường', 'chứ', 'rồi',
]);

/**
 * First syllables of the verbs that follow a subject in news prose ("phát biểu", "cho biết",
 * "nhấn mạnh"): a lowercase word from here ends a name or an organisation name.
 */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'phát', 'cho', 'nói', 'khẳng', 'nhấn', 'đề', 'đánh', 'yêu', 'chỉ', 'trao', 'tiếp', 'gặp', 'hội', 'thăm', 'ký',
  'tham', 'dự', 'chủ', 'nhận', 'thông', 'tuyên', 'kêu', 'bày', 'dẫn', 'làm', 'bổ', 'ban', 'quyết', 'trả', 'hỏi',
  'cảm', 'chúc', 'gửi', 'mong', 'hy', 'hi', 'tin', 'ghi', 'lưu', 'trình', 'báo', 'giới', 'đưa', 'đón', 'tặng',
  'thay', 'điều', 'kiểm', 'xem', 'giải', 'thừa', 'ủng', 'phản', 'chia', 'tổ', 'họp', 'đồng', 'tới', 'đến', 'ra',
  'đặt', 'nêu', 'lên', 'cũng', 'viết', 'thừa', 'chủ', 'vừa', 'từng', 'hôm', 'sáng', 'chiều', 'tối', 'trưa', 'ngày',
  'năm', 'tháng', 'đêm', 'nay', 'thì', 'bị', 'được', 'nhìn', 'lắng', 'trò', 'bàn', 'thảo', 'kiến', 'cam', 'chấp',
]);

/**
 * Verbs and aspect words that end an organisation's name where its lowercase words might go on ("Công ty Trung Nam thực hiện",
 * "Chính phủ xin điều chỉnh"); unlike CLAUSE_VERBS, whole words, as their first syllables open names too ("Cục An toàn thực phẩm").
 */
export const NAME_ENDING_VERBS = new PhraseList([
  'thực hiện', 'triển khai', 'sử dụng', 'xin', 'muốn', 'phải', 'cần', 'khiến', 'gây',
  // what firms do with money and land: "công ty Sobexco thanh lý 658 ha", "Tập đoàn Vingroup mua 20 ha"
  'mua', 'thanh lý', 'chuyển nhượng', 'vay', 'nợ', 'nộp', 'thua lỗ', 'đạt', 'huy động', 'đóng góp', 'nắm giữ', 'sở hữu',
  'bồi thường', 'hoàn trả', 'chiếm đoạt', 'trúng thầu', 'kinh doanh', 'phối hợp', 'khẩn trương',
]);

/** Nouns of time: a number before them is a date or a duration, not a figure. */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'năm', 'tháng', 'ngày', 'tuần', 'giờ', 'phút', 'giây', 'quý', 'thế', 'thập', 'buổi', 'đêm', 'hôm', 'tiếng',
  'h', 'tuổi', 'niên', 'kỳ', 'mùa', 'sáng', 'chiều', 'tối', 'trưa',
]);
