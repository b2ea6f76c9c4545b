// HubSpot's extension-point rules for the code the cards import from our shared packages.
//
// `@hubspot/ui-extensions/no-parent-imports` and `no-invalid-extension-point-imports` only act on files
// whose path contains `src/app/<extension point>` (eslint-config-ui-extensions 1.2.0,
// dist/utils/extension-point-utils.js), so on packages/card/src and packages/core/src they silently do
// nothing. Yet that code is built into the card too: HubSpot's upload copies each `file:` package of the
// cards component into the zip on its own (docs/deploy.md), so an import that leaves the package fails
// HubSpot's build, and an import of another extension point's components (e.g. `@hubspot/ui-extensions/pages`)
// is as wrong there as in the cards folder.
//
// So these wrappers run HubSpot's own rules unchanged on such a file, showing them the path the file
// would have if its package were a cards folder: `<package>/<rest>` is seen as
// `<package>/.hubspot-card-view/src/app/cards/<rest>`. The package root becomes the boundary, exactly the
// unit HubSpot copies.
import path from 'node:path';
import plugin from '@hubspot/eslint-config-ui-extensions';

const CARDS_VIEW = path.join('.hubspot-card-view', 'src', 'app', 'cards');

/** `<packageRoot>/<rest>` → `<packageRoot>/.hubspot-card-view/src/app/cards/<rest>`; null outside packageRoot. */
export function asCardsFolderPath(filename, packageRoot) {
  const rest = path.relative(packageRoot, filename);
  if (rest.startsWith('..') || path.isAbsolute(rest)) return null;
  return path.join(packageRoot, CARDS_VIEW, rest);
}

/** A rule that runs `rule` with `context.filename` replaced by its cards-folder view. */
function seenAsCardsFolder(rule, packageRootOf) {
  return {
    meta: rule.meta,
    create(context) {
      const root = packageRootOf(context.filename);
      const viewed = root ? asCardsFolderPath(context.filename, root) : null;
      if (!viewed) return {};
      // A Proxy over a fresh object, not over the (frozen) context, so the changed filename is allowed.
      const viewContext = new Proxy(
        {},
        {
          get(_, property) {
            if (property === 'filename' || property === 'physicalFilename') return viewed;
            if (property === 'getFilename' || property === 'getPhysicalFilename') return () => viewed;
            const value = Reflect.get(context, property, context);
            return typeof value === 'function' ? value.bind(context) : value;
          },
        },
      );
      return rule.create(viewContext);
    },
  };
}

/**
 * An ESLint plugin with the two boundary rules for files inside any of `packageRoots` (absolute paths
 * of our shared packages). Use as `plugins: { 'shared-card': sharedCardBoundaries([...]) }`.
 */
export function sharedCardBoundaries(packageRoots) {
  const roots = packageRoots.map((root) => path.resolve(root));
  const packageRootOf = (filename) =>
    roots.find((root) => {
      const rel = path.relative(root, path.resolve(filename));
      return !rel.startsWith('..') && !path.isAbsolute(rel);
    }) ?? null;
  return {
    rules: {
      'no-parent-imports': seenAsCardsFolder(plugin.rules['no-parent-imports'], packageRootOf),
      'no-invalid-extension-point-imports': seenAsCardsFolder(
        plugin.rules['no-invalid-extension-point-imports'],
        packageRootOf,
      ),
    },
  };
}
