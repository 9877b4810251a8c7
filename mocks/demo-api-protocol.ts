// Messages between the page and the demo API worker. A request is a route and its query string; an
// answer carries the JSON body as bytes, transferred (not copied) back to the page, and whether the
// worker checked it against the contract (mocks/demo-api-check.ts).

export interface DemoApiRequest {
  id: number;
  route: string;
  search: string;
}

export type DemoApiAnswer =
  | { id: number; ok: true; status: number; contentType: string; checked: boolean; body: ArrayBuffer }
  | { id: number; ok: false; message: string };
