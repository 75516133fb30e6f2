/**
 * The generated `paths` with the `{platform}` path parameter made optional: the client fills it
 * from its own configuration (a caller may still name another platform for one call).
 */

export type Platform = 'android' | 'ios' | 'web';

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options' | 'trace';

type WithoutPlatform<Parameters> = {
  [Name in keyof Parameters as Name extends 'platform' ? never : Name]: Parameters[Name];
};

type PathParameters<Parameters> = WithoutPlatform<Parameters> & { platform?: Platform };

/** `path` stays required only where a parameter other than the platform is. */
type OperationParameters<Parameters> = {
  [Where in keyof Parameters as Where extends 'path' ? never : Where]: Parameters[Where];
} & (Parameters extends { path: infer Path }
  ? object extends WithoutPlatform<Path>
    ? { path?: PathParameters<Path> }
    : { path: PathParameters<Path> }
  : object);

type Operation<Spec> = {
  [Key in keyof Spec]: Key extends 'parameters' ? OperationParameters<Spec[Key]> : Spec[Key];
};

export type PlatformPaths<Paths> = {
  [Path in keyof Paths]: {
    [Key in keyof Paths[Path]]: Key extends HttpMethod
      ? Operation<Paths[Path][Key]>
      : Key extends 'parameters'
        ? OperationParameters<Paths[Path][Key]>
        : Paths[Path][Key];
  };
};
