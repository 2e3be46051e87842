{{/*
The workflow service's access to Kubernetes and its process steps (docs/kubernetes.md, "RBAC of the workflow
service"). With workflows.kubeconfigSecret.name it works on another cluster: no token here and no RBAC here.
*/}}

{{/* "true" when the workflow service talks to the cluster it runs in (its ServiceAccount token). */}}
{{- define "innominatus.workflow.inCluster" -}}
{{- if not .Values.workflows.kubeconfigSecret.name }}true{{ end }}
{{- end }}

{{/* "true" when the chart renders the <fullname>-workflow ClusterRole and its binding. */}}
{{- define "innominatus.workflow.rbac" -}}
{{- if and .Values.rbac.create .Values.rbac.workflow.create (include "innominatus.workflow.inCluster" .) }}true{{ end }}
{{- end }}

{{/* The ClusterRole the engine binds per namespace to the Jobs' ServiceAccount; empty when rbac.step.create is false. */}}
{{- define "innominatus.stepRoleName" -}}
{{- if .Values.rbac.step.create }}{{ printf "%s-step" (include "innominatus.fullname" .) }}{{ end }}
{{- end }}

{{/* "true" when the chart renders <fullname>-step here (with a kubeconfig Secret it belongs in the other cluster). */}}
{{- define "innominatus.stepRole.render" -}}
{{- if and .Values.rbac.create (include "innominatus.stepRoleName" .) (include "innominatus.workflow.inCluster" .) }}true{{ end }}
{{- end }}

{{/* Image of the Jobs that run process steps: workflows.jobs.image.repository:tag, tag defaulting to appVersion. */}}
{{- define "innominatus.jobImage" -}}
{{- $image := .Values.workflows.jobs.image }}
{{- printf "%s:%s" $image.repository (toString ($image.tag | default .Chart.AppVersion)) }}
{{- end }}

{{/* Where the local runner's working folders are: the workspaces claim when persistence is on, else /tmp (emptyDir). */}}
{{- define "innominatus.workspacesRoot" -}}
{{- if .Values.persistence.enabled }}{{ .Values.persistence.mountPath }}{{ else }}/tmp/workspaces{{ end }}
{{- end }}

{{/* Folder the kubeconfig Secret is mounted in; the file inside is named "config". */}}
{{- define "innominatus.kubeconfigDir" -}}
/etc/innominatus/kubeconfig
{{- end }}

{{/* Environment of the workflow container for process steps and the target cluster. */}}
{{- define "innominatus.workflowJobsEnv" -}}
{{- $v := .Values -}}
- name: Workspaces__Root
  value: {{ include "innominatus.workspacesRoot" . | quote }}
- name: Workflows__ProcessSteps__Runner
  value: {{ $v.workflows.processSteps.runner | quote }}
- name: Workflows__ProcessSteps__JobImage
  value: {{ include "innominatus.jobImage" . | quote }}
- name: Workflows__ProcessSteps__JobImagePullPolicy
  value: {{ $v.workflows.jobs.image.pullPolicy | quote }}
- name: Workflows__ProcessSteps__JobClusterRole
  value: {{ include "innominatus.stepRoleName" . | quote }}
{{- if $v.workflows.helm.path }}
- name: Workflows__Helm__Path
  value: {{ $v.workflows.helm.path | quote }}
{{- end }}
{{- if $v.workflows.kubeconfigSecret.name }}
- name: Kubernetes__Kubeconfig
  value: {{ printf "%s/config" (include "innominatus.kubeconfigDir" .) | quote }}
{{- end }}
{{- end }}
