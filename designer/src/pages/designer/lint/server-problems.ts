import { ApiError } from '../../../api/api-error';
import type { ApiClient, UploadFile } from '../../../api/api-client';
import type { DeploymentProblem } from '../../../api/types';

/** The deployment validator's verdict on the files, asked as a report: no problems, the problems it names, or null
 *  when the request failed for a reason (network, session, a server error) that says nothing about the model. */
export async function serverProblems(api: Pick<ApiClient, 'validationReport'>, files: UploadFile[]): Promise<DeploymentProblem[] | null> {
  try {
    return (await api.validationReport(files)).errors ?? [];
  } catch (e) {
    if (!(e instanceof ApiError)) return null;
    if (e.problems.length > 0) return e.problems;
    // A rejection of the request that names no element (unreadable upload): one problem for the list.
    if (e.status === 400 || e.status === 422) return [{ elementId: null, message: e.userMessage, line: null, resourceName: null, elementType: null }];
    return null;
  }
}
