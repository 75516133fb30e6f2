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
  }

  /** What a `script` event carries: the scopes as the script left them. */
  export interface ScriptEvent {
    execution?: { collectionVariables?: { toObject(): Record<string, unknown> } };
  }

  interface RunEmitter {
    on(event: 'script', listener: (error: Error | null, args: ScriptEvent) => void): RunEmitter;
  }

  const newman: {
    run(
      options: Record<string, unknown>,
      callback: (error: Error | null, summary: NewmanSummary) => void,
    ): RunEmitter;
  };
  export default newman;
}
