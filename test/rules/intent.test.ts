/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call -- these tests mutate parsed, untyped YAML documents in place */
/** How the rules read what an operation does when its operationId verb is not one the ruleset knows. */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { P, at, expectBreak, fixtures, golden, lintFile, lintObject } from './helpers/lint.ts';

/** Spectral's severity of a hint that fails nothing (error 0, warn 1, info 2). */
const INFO = 2;

describe('operationId verbs the ruleset does not know (get, find, fetch...)', () => {
  it('when the golden read and discovery are named getProduct and getDiscovery, then nothing fails, one hint each', async () => {
    const d = golden();
    d.paths[P.productItem].get.operationId = 'getProduct';
    d.paths[P.discovery].get.operationId = 'getDiscovery';
    const got = await lintObject(d);
    expect(got.filter((g) => g.severity < INFO)).toEqual([]);
    expect(got.map((g) => [g.code, g.path])).toEqual([
      ['sg06-operation-id-verb', at('paths', P.productItem, 'get', 'operationId')],
      ['sg06-operation-id-verb', at('paths', P.discovery, 'get', 'operationId')],
    ]);
    expect(got[1]?.message).toContain("verb 'get' is not one the ruleset knows (list, read); read as a read");
  });

  it('when a findX list on a literal path lacks per_page, then the list rules still catch it', async () => {
    await expectBreak({
      name: 'findProduct without per_page',
      mutate: (d) => {
        d.paths[P.product].get.operationId = 'findProduct';
        d.paths[P.product].get.parameters.splice(1, 1);
      },
      want: [
        { code: 'sg17-paging-parameters', path: at('paths', P.product, 'get', 'parameters') },
        { code: 'sg06-operation-id-verb', path: at('paths', P.product, 'get', 'operationId') },
      ],
    });
  });

  it('when a getX on an id path answers a data array, then it is read as a list and told it lives on /{resource}', async () => {
    const got = await expectBreak({
      name: 'getCity answering the country-city list body',
      mutate: (d) => {
        const get = d.paths[P.city].get;
        get.operationId = 'getCity';
        get.responses['200'] = structuredClone(d.paths[P.countryCity].get.responses['200']);
        get.responses['200'].content['application/json'].schema.$ref =
          '#/components/schemas/CityPageResponse';
        d.components.schemas.CityPageResponse = structuredClone(d.components.schemas.CountryCityListResponse);
      },
      want: [
        { code: 'sg06-method-pattern', path: at('paths', P.city, 'get') },
        { code: 'sg06-operation-id-verb', path: at('paths', P.city, 'get', 'operationId') },
      ],
      // CityReadResponse is left unused by the swap
      also: ['sg17-paging-parameters', 'sg18-get-status', 'oas3-unused-component'],
    });
    expect(got.find((g) => g.code === 'sg06-operation-id-verb')?.message).toContain('read as a list');
  });

  it('when an addX POST on /{resource} answers 201, then it is held to the create envelope', async () => {
    await expectBreak({
      name: 'addProduct answering { message, id }',
      mutate: (d) => {
        d.paths[P.product].post.operationId = 'addProduct';
        const schema = d.components.schemas.ProductCreateResponse;
        schema.properties.id = { type: 'integer' };
        d.paths[P.product].post.responses['201'].content['application/json'].example = {
          message: 'ok',
          id: 1,
        };
      },
      want: [
        {
          code: 'sg21-message-envelope',
          path: at('components', 'schemas', 'ProductCreateResponse', 'properties', 'id'),
        },
      ],
    });
  });
});

describe("golden specs in other teams' habits", () => {
  it('when getX/findX/addX operationIds, Indonesian descriptions and components in separate files are used, then nothing fails', async () => {
    const got = await lintFile(path.join(fixtures, 'other-teams/api.yaml'));
    expect(got.filter((g) => g.severity < INFO)).toEqual([]);
    expect(new Set(got.map((g) => g.code))).toEqual(new Set(['sg06-operation-id-verb']));
  });
});
