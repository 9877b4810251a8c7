// @ts-check
import path from 'node:path';

/**
 * A part of the code base (a folder), the parts it may import from, and whether each of its
 * sub-folders stands alone (features: one folder per feature, none imports another).
 * @typedef {{ name: string, folder: string, allow: readonly string[], eachSubfolder?: boolean }} Layer
 */

/**
 * @param {string} file path relative to the project root, with forward slashes
 * @param {readonly Layer[]} layers
 * @returns {{ layer: Layer, instance: string } | null}
 */
function layerOf(file, layers) {
  for (const layer of layers) {
    if (!file.startsWith(`${layer.folder}/`)) continue;
    const rest = file.slice(layer.folder.length + 1);
    const instance = layer.eachSubfolder && rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : '';
    return { layer, instance };
  }
  return null;
}

/** @param {string} p */
const posix = (p) => p.split(path.sep).join('/');

/** @type {import('eslint').Rule.RuleModule} */
export const layerBoundaries = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Imports follow the layers: a part imports only the parts below it, and no feature imports another.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          layers: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                name: { type: 'string' },
                folder: { type: 'string' },
                allow: { type: 'array', items: { type: 'string' } },
                eachSubfolder: { type: 'boolean' },
              },
              required: ['name', 'folder', 'allow'],
              additionalProperties: false,
            },
          },
        },
        required: ['layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      otherFeature:
        "'{{from}}' imports '{{to}}': a feature does not import another feature; move what both need down a layer.",
      notAllowed:
        "'{{from}}' ({{fromLayer}}) imports '{{to}}' ({{toLayer}}): {{fromLayer}} may import only {{allowed}}.",
      outsideLayers:
        "'{{from}}' imports '{{to}}', which belongs to no layer; give its folder a place in the layers (eslint.config.js).",
    },
  },
  create(context) {
    const [{ layers }] = /** @type {[{ layers: Layer[] }]} */ (context.options);
    const root = context.cwd;
    const from = posix(path.relative(root, context.filename));
    const source = layerOf(from, layers);
    if (!source) return {};

    /** @param {import('eslint').Rule.Node} node @param {unknown} specifier */
    function check(node, specifier) {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const to = posix(path.relative(root, path.resolve(path.dirname(context.filename), specifier)));
      const target = layerOf(to, layers);
      if (!target) {
        context.report({ node, messageId: 'outsideLayers', data: { from, to } });
        return;
      }
      if (target.layer === source?.layer) {
        if (source.layer.eachSubfolder && target.instance !== source.instance)
          context.report({ node, messageId: 'otherFeature', data: { from, to } });
        return;
      }
      if (!source?.layer.allow.includes(target.layer.name)) {
        context.report({
          node,
          messageId: 'notAllowed',
          data: {
            from,
            to,
            fromLayer: source?.layer.name ?? '',
            toLayer: target.layer.name,
            allowed: source?.layer.allow.length ? source.layer.allow.join(', ') : 'nothing outside itself',
          },
        });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
