import type { ApiClient } from '../../../api/api-client';
import type { Directory } from './directory-types';

/** The designer's calls of GET /api/directory: the names of the codes a diagram names (remembered per set of codes, so
 *  redrawing the panel does not ask again) and a search by name. */
export class DirectoryApi {
  private readonly named = new Map<string, Promise<Directory>>();

  constructor(private readonly api: ApiClient) {}

  names(codes: readonly string[]): Promise<Directory> {
    const key = [...codes].sort().join(',');
    let found = this.named.get(key);
    if (!found) {
      found = this.api.get<Directory>(`/api/directory?codes=${encodeURIComponent(key)}`);
      found.catch(() => this.named.delete(key));
      this.named.set(key, found);
    }
    return found;
  }

  search(text: string): Promise<Directory> {
    return this.api.get<Directory>(`/api/directory?q=${encodeURIComponent(text)}`);
  }
}
