export declare function append<T>(to: T[], items: readonly T[]): T[];
/** `item` added to the list `map` holds under `key`, the list made when it is the first. */
export declare function addTo<K, V>(map: Map<K, V[]>, key: K, item: V): void;
