// The reference page's worker: the file streamed and decoded, cut into lines and fields, the
// fifth field (tonnes) parsed as a number. No validation, no aggregation, nothing stored.
export interface ReadSummary {
  rows: number;
  valid: number;
  invalid: number;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<File>) => void) | null;
  postMessage: (summary: ReadSummary) => void;
};

scope.onmessage = async (event) => {
  const summary: ReadSummary = { rows: 0, valid: 0, invalid: 0 };
  let rest = '';
  let header = true;
  const line = (text: string) => {
    if (header) {
      header = false;
      return;
    }
    if (text === '') return;
    summary.rows += 1;
    const tonnes = Number(text.split(',')[4]);
    if (Number.isFinite(tonnes) && tonnes >= 0) summary.valid += 1;
    else summary.invalid += 1;
  };
  const reader = event.data.stream().pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const lines = (rest + value).split('\n');
    rest = lines.pop() ?? '';
    for (const text of lines) line(text);
  }
  line(rest);
  scope.postMessage(summary);
};
