// The server's dataset endpoints (GET /datasets, GET /datasets/{id}/revisions, POST /datasets):
// what a shared data home adds to the read contract. The demo in the browser has none of them.
import * as z from 'zod/mini';
import { isoDateSchema } from './schemas';

export const revisionSchema = z.object({
  number: z.int().check(z.positive()),
  /** When the revision was stored, as an ISO timestamp (UTC). */
  createdAt: z.string(),
  tokenName: z.nullable(z.string()),
  fileName: z.nullable(z.string()),
  fileHash: z.nullable(z.string()),
  fileBytes: z.nullable(z.int()),
  totalRows: z.int(),
  acceptedRows: z.int(),
  rejectedRows: z.int(),
  coverage: z.object({ from: isoDateSchema, to: isoDateSchema }),
});

export const serverDatasetSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: z.string(),
  kind: z.enum(['demo', 'server', 'imported']),
  revision: revisionSchema,
  revisionCount: z.int().check(z.positive()),
});

export const serverDatasetsResponseSchema = z.array(serverDatasetSchema);
export const revisionsResponseSchema = z.array(revisionSchema);

const rejectionSchema = z.object({
  line: z.int(),
  column: z.nullable(z.string()),
  reason: z.string(),
  value: z.string(),
  expected: z.nullable(z.string()),
});

/**
 * The row-level report of an import, as the browser import writes it (src/import): of a flow
 * file, or of a balance table (`table: "balance"`, whose reasons are the balance table's).
 */
export const importReportSchema = z.object({
  table: z.optional(z.enum(['flows', 'balance'])),
  fileName: z.string(),
  fileBytes: z.int(),
  format: z.enum(['csv', 'json', 'xlsx']),
  encoding: z.string(),
  totalRows: z.int(),
  acceptedRows: z.int(),
  rejectedRows: z.int(),
  problemCount: z.int(),
  rejections: z.array(rejectionSchema),
  firstDay: z.nullable(isoDateSchema),
  lastDay: z.nullable(isoDateSchema),
  fileProblem: z.nullable(z.object({ kind: z.string() })),
});

export const uploadResponseSchema = z.object({
  dataset: z.string(),
  /** False when this very file was uploaded before: nothing was added. */
  created: z.boolean(),
  revision: revisionSchema,
  report: z.nullable(importReportSchema),
});

export const uploadRejectedSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  dataset: z.string(),
  report: importReportSchema,
});

export type ServerDataset = z.infer<typeof serverDatasetSchema>;
export type Revision = z.infer<typeof revisionSchema>;
export type UploadResponse = z.infer<typeof uploadResponseSchema>;
export type UploadRejected = z.infer<typeof uploadRejectedSchema>;
