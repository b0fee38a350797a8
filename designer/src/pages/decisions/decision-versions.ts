import type { DecisionDefinition } from '../../api/types';

/** A deployed decision and its versions, newest first. */
export interface DecisionGroup {
  decisionId: string;
  name: string;
  versions: DecisionDefinition[];
}

/** A DMN file (decision requirements graph) as deployed: its decisions, sorted by name. */
export interface DecisionFile {
  decisionRequirementsId: string;
  resourceName: string;
  decisions: DecisionGroup[];
}

/** Groups the flat list of every version by file, then by decision id; files sorted by resource name. */
export function groupDecisions(definitions: readonly DecisionDefinition[]): DecisionFile[] {
  const files = new Map<string, Map<string, DecisionDefinition[]>>();
  for (const definition of definitions) {
    const file = files.get(definition.decisionRequirementsId) ?? new Map<string, DecisionDefinition[]>();
    file.set(definition.decisionId, [...(file.get(definition.decisionId) ?? []), definition]);
    files.set(definition.decisionRequirementsId, file);
  }
  return [...files.entries()]
    .map(([decisionRequirementsId, decisions]) => {
      const groups = [...decisions.entries()].map(([decisionId, versions]) => {
        const sorted = [...versions].sort((a, b) => b.version - a.version);
        return { decisionId, name: sorted[0].name || decisionId, versions: sorted };
      }).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
      return { decisionRequirementsId, resourceName: groups[0].versions[0].resourceName, decisions: groups };
    })
    .sort((a, b) => a.resourceName.localeCompare(b.resourceName));
}
