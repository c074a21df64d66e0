import { describe, expect, it } from 'vitest';
import { formFieldOf, newRankingDefaults, parseIds, toStartRankingBody, unknownProfilesField, validateNewRanking } from './new-ranking-form';

describe('new ranking form', () => {
  it('accepts the defaults and sends explicit weights only', () => {
    const values = newRankingDefaults();
    expect(validateNewRanking(values)).toEqual({});
    expect(toStartRankingBody(values)).toEqual({
      edgeWeights: { follows: 1, reposts: 0.5, mentions: 0.5, links: 1 },
      scoreWeights: { pagerank: 0.3, personalized: 0.25, inDegree: 0.15, interactions: 0.1, betweenness: 0.1, harmonic: 0.05, coreness: 0.05 },
      betweenness: 'AUTO',
    });
  });

  it('needs at least one edge kind and one score weight, each in range', () => {
    const errors = validateNewRanking(
      newRankingDefaults({
        edgeWeights: { follows: 0, reposts: 0, mentions: 0, links: 0 },
        scoreWeights: { pagerank: 0, personalized: 0, inDegree: 0, interactions: 0, betweenness: 0, harmonic: 0, coreness: 0 },
      }),
    );
    expect(errors.edgeWeights).toBe('Give at least one kind of edge a weight above 0');
    expect(errors.scoreWeights).toBe('Give at least one metric a weight above 0');

    const ranges = validateNewRanking(
      newRankingDefaults({ edgeWeights: { follows: 6, reposts: -1, mentions: '', links: 1 }, scoreWeights: { ...newRankingDefaults().scoreWeights, pagerank: 1.5 } }),
    );
    expect(ranges).toMatchObject({
      'edgeWeights.follows': 'From 0 to 5',
      'edgeWeights.reposts': 'From 0 to 5',
      'edgeWeights.mentions': 'From 0 to 5',
      'scoreWeights.pagerank': 'From 0 to 1',
    });
    expect(ranges.edgeWeights).toBeUndefined();
  });

  it('checks profile ids, platforms, name length and samples', () => {
    const errors = validateNewRanking(
      newRankingDefaults({
        name: 'x'.repeat(121),
        seeds: 'bluesky:maya.makes\nmaya',
        personalization: 'Bluesky:Upper',
        platforms: ['bluesky', 'Not a platform'],
        betweenness: 'SAMPLED',
        betweennessSamples: 4,
      }),
    );
    expect(errors.name).toBe('Use at most 120 characters');
    expect(errors.seeds).toMatch(/Not a profile id.*: maya$/);
    expect(errors.personalization).toMatch(/Bluesky:Upper/);
    expect(errors.platforms).toMatch(/Not a platform: Not a platform/);
    expect(errors.betweennessSamples).toBe('From 8 to 100,000 sources');
  });

  it('sends the k-hop scope with seeds, and the audience, trimmed and without repeats', () => {
    const body = toStartRankingBody(
      newRankingDefaults({
        name: '  Knitting  ',
        seeds: ' bluesky:a \n\nbluesky:b, bluesky:a',
        hops: '2',
        direction: 'IN',
        platforms: ['bluesky'],
        personalization: 'bluesky:c',
        betweenness: 'SAMPLED',
        betweennessSamples: '512',
      }),
    );
    expect(body).toMatchObject({
      name: 'Knitting',
      seeds: ['bluesky:a', 'bluesky:b'],
      hops: 2,
      direction: 'IN',
      platforms: ['bluesky'],
      personalization: ['bluesky:c'],
      betweenness: 'SAMPLED',
      betweennessSamples: 512,
    });
    expect(parseIds('a:1,\n a:2 ,a:1')).toEqual(['a:1', 'a:2']);
  });

  it('places server field errors under the right fields', () => {
    expect(formFieldOf('edgeWeights[reposts]')).toBe('edgeWeights.reposts');
    expect(formFieldOf('edgeWeights[likes]')).toBe('edgeWeights');
    expect(formFieldOf('scoreWeights.pagerank')).toBe('scoreWeights.pagerank');
    expect(formFieldOf('seeds[3]')).toBe('seeds');
    expect(formFieldOf('hops')).toBe('hops');
    expect(formFieldOf('somethingElse')).toBeUndefined();
    const values = newRankingDefaults({ seeds: 'bluesky:x', personalization: 'bluesky:y' });
    expect(unknownProfilesField('These profiles are not in the network: bluesky:y', values)).toBe('personalization');
    expect(unknownProfilesField('These profiles are not in the network: bluesky:x, bluesky:y', values)).toBe('seeds');
  });
});
