// `npm run token -- create NAME | revoke NAME | list`: write tokens for the server. A new token is
// printed once; only its hash is kept (ARUS_TOKENS_FILE, beside the database by default).
import { readConfig } from '../config';
import { createToken, listTokens, revokeToken, TokenError } from '../auth/tokens';

const [command, name] = process.argv.slice(2);
const usage = 'Usage: npm run token -- create NAME | revoke NAME | list';

try {
  const { tokensFile } = readConfig();
  if (command === 'create' && name) {
    const token = createToken(tokensFile, name);
    console.log(`Token "${name}" (shown only now; keep it secret):\n${token}`);
    console.log(`Use it as: Authorization: Bearer ${token.slice(0, 6)}…`);
  } else if (command === 'revoke' && name) {
    revokeToken(tokensFile, name);
    console.log(`Token "${name}" revoked; the server refuses it from its next request.`);
  } else if (command === 'list') {
    for (const token of listTokens(tokensFile)) {
      console.log(
        `${token.name}\tcreated ${token.createdAt}${token.revokedAt ? `\trevoked ${token.revokedAt}` : ''}`,
      );
    }
  } else {
    console.error(usage);
    process.exit(2);
  }
} catch (error) {
  console.error(error instanceof TokenError ? error.message : error);
  process.exit(1);
}
