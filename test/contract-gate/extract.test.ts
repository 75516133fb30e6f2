/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- these tests read parsed, untyped YAML documents */
/** Cutting one released version out of a spec that serves several side by side. */
import { describe, expect, it } from 'vitest';
import { extractVersion, versionOfPath, versionsIn } from '../../src/contract-gate/extract.ts';
import { pointerTarget, type Json } from '../../src/contract-gate/json.ts';
import { fixtureBundle, P, type Yaml } from './helpers.ts';

function refsIn(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refsIn(item, into);
  else if (typeof node === 'object' && node !== null) {
    for (const [name, value] of Object.entries(node)) {
      if (name === '$ref' && typeof value === 'string') into.push(value);
      else refsIn(value, into);
    }
  }
  return into;
}

describe('versions of a spec', () => {
  it('reads the major version from /api/{platform}/vN/...', () => {
    expect(versionOfPath('/api/{platform}/v1/product')).toBe('v1');
    expect(versionOfPath('/api/{platform}/v12/product/{id}')).toBe('v12');
    expect(versionOfPath('/api/{platform}/v1')).toBe('v1');
    expect(versionOfPath('/api/{platform}/v1beta/product')).toBeUndefined();
    expect(versionOfPath('/api/{platform}/v0/product')).toBeUndefined();
    expect(versionOfPath('/health')).toBeUndefined();
  });

  it('lists the versions a spec serves, in numeric order', async () => {
    const doc: Yaml = await fixtureBundle();
    doc.paths['/api/{platform}/v10/item'] = {};
    expect(versionsIn(doc as Json)).toEqual(['v1', 'v2', 'v10']);
  });
});

describe('extracting v1 of the fixture', () => {
  it('keeps exactly the v1 paths', async () => {
    const v1: Yaml = extractVersion(await fixtureBundle(), 'v1');
    expect(Object.keys(v1.paths)).toEqual([P.list, P.item, P.ping]);
  });

  it('keeps the components v1 reaches, drops those only v2 (or nothing) uses', async () => {
    const v1: Yaml = extractVersion(await fixtureBundle(), 'v1');
    expect(Object.keys(v1.components.schemas).sort()).toEqual(
      [
        'Item',
        'ItemCreateRequest',
        'ItemListResponse',
        'ItemReadResponse',
        'MessageError',
        'PageMeta',
        'WriteResult',
      ].sort(),
    );
    expect(Object.keys(v1.components.parameters).sort()).toEqual(['Id', 'Page', 'Platform']);
    expect(Object.keys(v1.components.responses)).toEqual(['NotFound']);
    expect(Object.keys(v1.components.securitySchemes)).toEqual(['appToken']);
    expect(v1.tags.map((tag: Yaml) => tag.name)).toEqual(['item', 'ping']);
    expect(v1.security).toEqual([{ appToken: [] }]);
  });

  it('is standalone: every reference is internal and resolves', async () => {
    const v1 = extractVersion(await fixtureBundle(), 'v1');
    const refs = refsIn(v1);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      expect(ref.startsWith('#/components/'), ref).toBe(true);
      expect(pointerTarget(v1, ref), ref).toBeDefined();
    }
  });

  it('v2 gets its own paths and the shared pieces it uses', async () => {
    const v2: Yaml = extractVersion(await fixtureBundle(), 'v2');
    expect(Object.keys(v2.paths)).toEqual([P.v2item]);
    expect(Object.keys(v2.components.schemas).sort()).toEqual([
      'ItemV2',
      'ItemV2ReadResponse',
      'MessageError',
    ]);
  });

  it('does not change the document it cuts from', async () => {
    const doc = await fixtureBundle();
    const before = JSON.stringify(doc);
    extractVersion(doc, 'v1');
    expect(JSON.stringify(doc)).toBe(before);
  });
});
