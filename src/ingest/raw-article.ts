// An article as delivered: a JSONL line, a .txt file, or an item of `POST /v1/articles`.
import { z } from 'zod';

export const RawArticleSchema = z
  .object({
    id: z
      .union([z.string().min(1), z.number()])
      .transform(String)
      .optional()
      .describe('The source\'s own id. Delivering the same id again updates that article (or leaves it unchanged).'),
    url: z.url().optional().describe('Where the article was published; identifies it when there is no `id`.'),
    title: z.string().optional().describe('The headline; when absent, the first line of the text is taken if it reads as one.'),
    publishedAt: z.iso
      .datetime({ offset: true })
      .or(z.iso.date())
      .optional()
      .describe('Publication date or date-time (ISO 8601); anchors relative dates such as "năm nay".'),
    source: z.string().optional().describe('The publisher.'),
    text: z
      .string()
      .refine((t) => t.trim().length > 0, 'must not be empty')
      .describe('The article text, plain or word-segmented (`Bộ_trưởng`), NFC or NFD.'),
  })
  .meta({
    id: 'NewArticle',
    description: 'An article to ingest: the fields of one line of a JSONL file. Other fields are ignored.',
    examples: [
      {
        id: 'vnx-2024-0412',
        title: 'Kim ngạch thương mại hai chiều tăng mạnh',
        publishedAt: '2024-04-12',
        source: 'Báo Mẫu',
        text: 'Năm 2023, kim ngạch thương mại hai chiều đạt gần 700 tỷ USD, FDI tăng 14,8%.',
      },
    ],
  });

export type RawArticle = z.infer<typeof RawArticleSchema>;
