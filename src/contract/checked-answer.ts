/**
 * The response header an API inside the browser (the demo API worker) sets on an answer it has
 * already checked against the contract's schemas, with the schema's output as the body: the page
 * then parses it without checking it again, so no zod work runs on the main thread. A client
 * honours it only when it was made for such an API (`checkedAnswers` in src/api/http-client.ts);
 * an answer from a server is always checked in the page.
 */
export const CHECKED_ANSWER_HEADER = 'X-Arus-Contract-Checked';
