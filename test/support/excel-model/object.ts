/** The base of the model's proxies: load(), properties readable only once loaded and synced. */
import { ExcelModelError, type ModelRequestCore } from './context';

export function propertyList(props?: string | string[] | { select?: string | string[] }): string[] {
  if (props === undefined) return [];
  if (typeof props === 'object' && !Array.isArray(props)) return propertyList(props.select);
  const list = Array.isArray(props) ? props : props.split(',');
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

export abstract class ModelObject {
  private readonly loadedProps = new Map<string, unknown>();

  constructor(
    readonly core: ModelRequestCore,
    /** A readable name for the call log, e.g. "Worksheet" or "Range". */
    readonly kind: string,
  ) {}

  get context(): unknown {
    return this.core;
  }

  /** True when the *OrNullObject call found nothing; readable after a sync that loaded this object. */
  get isNullObject(): boolean {
    return this.get<boolean>('isNullObject');
  }

  protected get<T>(prop: string): T {
    if (!this.loadedProps.has(prop)) {
      throw new ExcelModelError(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loadedProps.get(prop) as T;
  }

  /** The loaded properties, for subclasses delivering nested data (collection items). */
  protected setLoaded(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loadedProps.set(k, v);
  }

  load(props?: string | string[] | { select?: string | string[] }): this {
    const list = propertyList(props);
    this.core.enqueue(`${this.kind}.load`, list, () => this.readNow(list), {
      deliver: (data) => this.setLoaded(data as Record<string, unknown>),
      needs: this.loadNeeds(list),
    });
    return this;
  }

  /** The requirement set a load of these properties needs, if any. */
  protected loadNeeds(_props: string[]): string | undefined {
    return undefined;
  }

  /** The properties' values as the document holds them now (at this point of the batch). */
  protected abstract readNow(props: string[]): Record<string, unknown>;

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}
