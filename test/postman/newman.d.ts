/** The part of newman's API that run-newman.ts uses (newman ships no types). */
declare module 'newman' {
  export interface NewmanSummary {
    run: {
      stats: Record<
        'requests' | 'assertions' | 'testScripts' | 'prerequestScripts',
        { total: number; failed: number }
      >;
      failures: { error: { name?: string; test?: string; message: string }; source?: { name?: string } }[];
      /** One entry per request sent; an item that also calls pm.sendRequest appears once per request, as the same object. */
      executions: { item: { name: string }; response?: { code: number } }[];
    };
    collection: { variables: { toObject(): Record<string, unknown> } };
  }

  const newman: {
    run(
      options: Record<string, unknown>,
      callback: (error: Error | null, summary: NewmanSummary) => void,
    ): void;
  };
  export default newman;
}
