import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'express';

const SHELL_BUILD = path.join(__dirname, 'build');
const TOKEN_THEMES = [
  'atlassian-light',
  'atlassian-dark',
  'atlassian-spacing',
  'atlassian-typography',
  'atlassian-shape',
  'atlassian-motion',
];

let tokensCss: string | undefined;

/** Atlaskit token themes (light + dark + spacing/typography/shape/motion) as one stylesheet. */
function loadTokensCss(): string {
  if (tokensCss === undefined) {
    tokensCss = TOKEN_THEMES.map((name) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(`@atlaskit/tokens/dist/cjs/artifacts/themes/${name}`) as {
        default: string;
      };
      return mod.default;
    }).join('\n');
  }
  return tokensCss;
}

function sendAsset(res: Response, type: string, content: string | Buffer): void {
  res.type(type).setHeader('Cache-Control', 'no-cache').send(content);
}

/** GET /shell/assets/:name */
export function serveAsset(req: Request, res: Response): void {
  const name = String(req.params.name);
  switch (name) {
    case 'tokens.css':
      sendAsset(res, 'css', loadTokensCss());
      return;
    case 'css-reset.css':
      sendAsset(
        res,
        'css',
        fs.readFileSync(require.resolve('@atlaskit/css-reset/dist/bundle.css')),
      );
      return;
    case 'shell.css':
    case 'shell.js': {
      const file = path.join(SHELL_BUILD, name);
      if (!fs.existsSync(file)) {
        res.status(404).type('text').send(`${name} is not built: run npm run build:static`);
        return;
      }
      sendAsset(res, name.endsWith('.js') ? 'js' : 'css', fs.readFileSync(file));
      return;
    }
    default:
      res.status(404).type('text').send('Not found');
  }
}
