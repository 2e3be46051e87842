{{/*
Trust-boundary settings of the workflow service (docs/workflow-engine.md, docs/golden-paths.md). POD_NAMESPACE makes
the release namespace reserved: no team's application or objects may go there.
*/}}
{{- define "innominatus.workflowRulesEnv" -}}
{{- $v := .Values -}}
- name: POD_NAMESPACE
  valueFrom:
    fieldRef: {fieldPath: metadata.namespace}
{{- range $i, $network := concat ($v.workflows.egress.deniedNetworks | default list) ($v.clusterNetworks | default list) | uniq }}
- name: Workflows__Egress__DeniedNetworks__{{ $i }}
  value: {{ $network | quote }}
{{- end }}
{{- range $i, $network := $v.workflows.egress.allowedNetworks }}
- name: Workflows__Egress__AllowedNetworks__{{ $i }}
  value: {{ $network | quote }}
{{- end }}
{{- range $i, $host := $v.workflows.egress.allowedHosts }}
- name: Workflows__Egress__AllowedHosts__{{ $i }}
  value: {{ $host | quote }}
{{- end }}
- name: Workflows__Egress__PlatformAllowedHosts
  value: {{ join "," ($v.workflows.egress.platformAllowedHosts | default list) | quote }}
{{- range $name := keys ($v.goldenPaths.settings | default dict) | sortAlpha }}
- name: GoldenPaths__Settings__{{ $name }}
  value: {{ index $v.goldenPaths.settings $name | toString | quote }}
{{- end }}
{{- range $i, $image := $v.goldenPaths.allowedImages }}
- name: GoldenPaths__AllowedImages__{{ $i }}
  value: {{ $image | quote }}
{{- end }}
{{- end }}

{{/* The peers whose X-Forwarded-* the identity service believes: identity.trustedProxies, else clusterNetworks. */}}
{{- define "innominatus.identityProxiesEnv" -}}
{{ include "innominatus.proxiesEnv" (dict "prefix" "Identity" "proxies" (.Values.identity.trustedProxies | default .Values.clusterNetworks)) }}
{{- end }}

{{/* The peers (the gateway pods) whose X-Forwarded-* the web UI believes: web.trustedProxies, else clusterNetworks. */}}
{{- define "innominatus.webProxiesEnv" -}}
{{ include "innominatus.proxiesEnv" (dict "prefix" "Web" "proxies" (.Values.web.trustedProxies | default .Values.clusterNetworks)) }}
{{- end }}

{{/* <prefix>__ForwardedHeaders__KnownNetworks__N (CIDR entries) and __KnownProxies__N (addresses). */}}
{{- define "innominatus.proxiesEnv" -}}
{{- $prefix := .prefix }}
{{- $networks := list }}
{{- $proxies := list }}
{{- range $proxy := .proxies }}
{{- if contains "/" (toString $proxy) }}{{ $networks = append $networks $proxy }}{{ else }}{{ $proxies = append $proxies $proxy }}{{ end }}
{{- end }}
{{- range $i, $network := $networks }}
- name: {{ $prefix }}__ForwardedHeaders__KnownNetworks__{{ $i }}
  value: {{ $network | quote }}
{{- end }}
{{- range $i, $proxy := $proxies }}
- name: {{ $prefix }}__ForwardedHeaders__KnownProxies__{{ $i }}
  value: {{ $proxy | quote }}
{{- end }}
{{- end }}
