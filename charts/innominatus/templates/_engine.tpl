{{/*
Engine settings the operator may set (docs/workflow-engine.md): each value given becomes its configuration key's
variable; a value left null renders nothing, so the service's own default applies.
*/}}

{{/*
One variable per set value. Call with a dict of variable name → value. Whole numbers print as such: a values file's
10000000 reaches the template as a float, which would otherwise print as 1e+07, which the service cannot parse.
*/}}
{{- define "innominatus.settingsEnv" -}}
{{- range $name := keys . | sortAlpha }}
{{- $value := index $ $name }}
{{- if and (not (kindIs "invalid" $value)) (ne (toString $value) "") }}
- name: {{ $name }}
  value: {{ (and (kindIs "float64" $value) (eq $value (floor $value))) | ternary (printf "%.0f" $value) (toString $value) | quote }}
{{- end }}
{{- end }}
{{- end }}

{{/* Messaging:Retry of every service with a bus (src/ServiceDefaults/Messaging/MessageRetrySettings.cs). */}}
{{- define "innominatus.messagingRetryEnv" -}}
{{- $retry := .Values.messaging.retry | default dict -}}
{{- include "innominatus.settingsEnv" (dict
  "Messaging__Retry__Limit" $retry.limit
  "Messaging__Retry__MinIntervalMs" $retry.minIntervalMs
  "Messaging__Retry__MaxIntervalMs" $retry.maxIntervalMs
  "Messaging__Retry__DeltaMs" $retry.deltaMs) }}
{{- end }}

{{/* The workflow engine's limits, retention, leases, fairness and stuck-resource sweep. */}}
{{- define "innominatus.workflowEngineEnv" -}}
{{- $w := .Values.workflows -}}
{{- $limits := $w.limits | default dict -}}
{{- $retention := $w.retention | default dict -}}
{{- $leases := $w.leases | default dict -}}
{{- $fairness := $w.fairness | default dict -}}
{{- include "innominatus.settingsEnv" (dict
  "Workflows__Limits__MaxStepTimeout" $limits.maxStepTimeout
  "Workflows__Limits__MaxStepLogLines" $limits.maxStepLogLines
  "Workflows__Retention__Days" $retention.days
  "Workflows__Retention__BatchSize" $retention.batchSize
  "Workflows__Retention__IntervalMinutes" $retention.intervalMinutes
  "Workflows__Leases__DurationSeconds" $leases.durationSeconds
  "Workflows__Leases__HeartbeatSeconds" $leases.heartbeatSeconds
  "Workflows__Leases__ReaperSeconds" $leases.reaperSeconds
  "Workflows__Fairness__MaxTeamShare" $fairness.maxTeamShare
  "Workflows__Fairness__ReservedSlots" $fairness.reservedSlots
  "Workflows__Fairness__MaxWaitingSteps" $fairness.maxWaitingSteps
  "Resources__RestartStuckAfterSeconds" $w.restartStuckResourcesAfterSeconds) }}
{{- end }}
