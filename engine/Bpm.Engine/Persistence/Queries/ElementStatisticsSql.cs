using Bpm.Engine.Persistence.States;

namespace Bpm.Engine.Persistence.Queries;

/// <summary>The element statistics as one grouped statement per provider. Three counts are unioned and summed per element:
/// instances waiting at each id of <c>active_element_ids</c> (unless an open incident holds them there), instances with an
/// open incident, and instances whose journal records a completion of the element. Only how a comma-separated list and
/// a JSON array become rows differs between SQLite and PostgreSQL. <c>{0}</c> is the scope's parameter.</summary>
internal static class ElementStatisticsSql
{
    public static string For(DatabaseProvider provider, bool byDefinitionKey)
    {
        var filter = byDefinitionKey ? "process_definition_key = {0}" : "bpmn_process_id = {0}";
        return provider == DatabaseProvider.Postgres
            ? Statement(filter,
                activeIds: "CROSS JOIN LATERAL unnest(string_to_array(s.active_element_ids, ',')) AS a(element_id)",
                activeId: "a.element_id",
                entries: "CROSS JOIN LATERAL jsonb_array_elements(j.entries::jsonb) AS e(entry)",
                field: name => $"(e.entry ->> '{name}')")
            : Statement(filter,
                // Element ids are XML NCNames: no quotes, commas or backslashes, so the list becomes a JSON array as is.
                activeIds: "JOIN json_each('[\"' || replace(s.active_element_ids, ',', '\",\"') || '\"]') AS a",
                activeId: "a.value",
                entries: "JOIN json_each(j.entries) AS e",
                field: name => $"json_extract(e.value, '$.{name}')");
    }

    private static readonly string ActiveInstance = StateText<ProcessInstanceState>.SqlLiteral(ProcessInstanceState.Active);
    private static readonly string ActiveIncident = StateText<IncidentState>.SqlLiteral(IncidentState.Active);

    private static string Statement(string filter, string activeIds, string activeId, string entries, Func<string, string> field) => $"""
        WITH scoped AS (SELECT key, state, active_element_ids FROM process_instances WHERE {filter})
        SELECT counts.element_id AS "ElementId", CAST(SUM(counts.active) AS bigint) AS "Active",
               CAST(SUM(counts.incidents) AS bigint) AS "Incidents", CAST(SUM(counts.completed) AS bigint) AS "Completed"
        FROM (
            SELECT {activeId} AS element_id, COUNT(*) AS active, 0 AS incidents, 0 AS completed
            FROM scoped s {activeIds}
            WHERE s.state = {ActiveInstance} AND s.active_element_ids <> ''
              AND NOT EXISTS (SELECT 1 FROM incidents i
                              WHERE i.process_instance_key = s.key AND i.element_id = {activeId} AND i.state = {ActiveIncident})
            GROUP BY {activeId}
            UNION ALL
            SELECT i.element_id, 0, COUNT(DISTINCT i.process_instance_key), 0
            FROM incidents i JOIN scoped s ON s.key = i.process_instance_key
            WHERE i.state = {ActiveIncident} AND s.state = {ActiveInstance}
            GROUP BY i.element_id
            UNION ALL
            SELECT {field("elementId")}, 0, 0, COUNT(DISTINCT j.process_instance_key)
            FROM journal j JOIN scoped s ON s.key = j.process_instance_key {entries}
            WHERE j.entries LIKE '%"COMPLETED"%' AND {field("event")} = 'COMPLETED'
              AND {field("elementId")} IS NOT NULL AND COALESCE({field("elementType")}, '') <> 'process'
            GROUP BY {field("elementId")}
        ) counts
        GROUP BY counts.element_id
        ORDER BY counts.element_id
        """;
}
