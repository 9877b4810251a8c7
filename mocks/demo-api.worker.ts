// The demo API worker: it generates the demo dataset, answers every request from it and checks each
// answer against the contract, so neither the generation (hundreds of milliseconds), nor an
// aggregation over seven years of daily series, nor the schema check ever runs on the page's main
// thread. The page only forwards requests here (mocks/demo-api-worker-client.ts).
import { createLocalApi, type LocalApi } from '../src/local-api/local-api';
import { checkedAnswer } from './demo-api-check';
import type { DemoApiAnswer, DemoApiRequest } from './demo-api-protocol';
import { demoLocalDataset } from './demo-dataset/demo-local-dataset';

interface WorkerScope {
  onmessage: ((event: MessageEvent<DemoApiRequest>) => void) | null;
  postMessage(message: DemoApiAnswer, transfer?: Transferable[]): void;
}

// The project compiles against the DOM library; this file's global is a DedicatedWorkerGlobalScope.
const scope = globalThis as unknown as WorkerScope;
const encoder = new TextEncoder();

// Generated as soon as the worker starts, while the page is still loading its own code.
const api: LocalApi = createLocalApi(demoLocalDataset());

scope.onmessage = ({ data: request }) => {
  try {
    const answer = api.handle(request.route, new URLSearchParams(request.search));
    const { body, checked } =
      answer.status === 200
        ? checkedAnswer(request.route, answer.body)
        : { body: answer.body, checked: false };
    const bytes = encoder.encode(JSON.stringify(body)).buffer;
    scope.postMessage(
      {
        id: request.id,
        ok: true,
        status: answer.status,
        contentType: answer.contentType,
        checked,
        body: bytes,
      },
      [bytes],
    );
  } catch (error) {
    scope.postMessage({
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
