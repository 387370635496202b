import type { ApolloServerOptions } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import type { GatewayContext } from '../context';

type DocumentStore = NonNullable<ApolloServerOptions<GatewayContext>['documentStore']>;

/**
 * The parsed operations the gateway keeps, bounded by the length of their text (GATEWAY_DOCUMENT_CACHE_KB), least
 * recently used out first. Apollo's default keeps 30 MiB measured as JSON, several times that as parsed trees: a
 * client sending thousands of distinct large documents grew the gateway by 150 MiB in the hostile-input suite.
 */
export class BoundedDocumentStore implements DocumentStore {
  private readonly documents = new Map<string, { document: DocumentNode; size: number }>();
  private size = 0;

  constructor(private readonly maxChars: number) {}

  async get(key: string): Promise<DocumentNode | undefined> {
    const entry = this.documents.get(key);
    if (!entry) return undefined;
    this.documents.delete(key);
    this.documents.set(key, entry);
    return entry.document;
  }

  async set(key: string, document: DocumentNode): Promise<void> {
    const size = document.loc?.end ?? 1;
    if (size > this.maxChars) return;
    await this.delete(key);
    this.documents.set(key, { document, size });
    this.size += size;
    for (const [oldest, entry] of this.documents) {
      if (this.size <= this.maxChars) break;
      this.documents.delete(oldest);
      this.size -= entry.size;
    }
  }

  async delete(key: string): Promise<boolean> {
    const entry = this.documents.get(key);
    if (!entry) return false;
    this.documents.delete(key);
    this.size -= entry.size;
    return true;
  }
}
