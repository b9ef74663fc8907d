import type { ServiceContext } from './context';

type HandlerFactory = (ctx: ServiceContext) => object;
type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (whole: infer I) => void ? I : never;

/** The handlers a domain's factories make together. */
export type DomainHandlers<F extends readonly HandlerFactory[]> = Intersection<ReturnType<F[number]>>;

/**
 * A domain's calls, made by the handler factories of its files. The factories stay listed one by one
 * because merging objects hides a call defined twice: a test checks that no two factories share one.
 */
export interface Domain<F extends readonly HandlerFactory[] = readonly HandlerFactory[]> {
  name: string;
  factories: F;
  handlers: (ctx: ServiceContext) => DomainHandlers<F>;
}

export function defineDomain<const F extends readonly HandlerFactory[]>(name: string, factories: F): Domain<F> {
  return { name, factories, handlers: (ctx) => Object.assign({}, ...factories.map((make) => make(ctx))) };
}
