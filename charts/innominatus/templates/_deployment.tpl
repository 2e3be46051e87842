{{/* Deployment of one service. Call with (dict "root" $ "service" "workflow"). */}}
{{- define "innominatus.deployment" -}}
{{- $root := .root }}
{{- $v := $root.Values }}
{{- $svc := index $v.services .service }}
{{- $name := include "innominatus.serviceName" . }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $name }}
  labels:
    {{- include "innominatus.serviceLabels" . | nindent 4 }}
spec:
  {{- if or (not $v.autoscaling.enabled) (eq .service "web") }}
  replicas: {{ include "innominatus.replicas" . }}
  {{- end }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- include "innominatus.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      annotations:
        # Secret-held env.* values are not in the pod spec: roll the pods when they change.
        checksum/env: {{ toYaml $v.env | sha256sum }}
        {{- if and (eq .service "demo") $v.demo.catalogue }}
        # The demo service reads its catalogue once, at startup: a new catalogue needs new pods.
        checksum/demo-catalogue: {{ include "innominatus.demoCatalogue" $root | sha256sum }}
        {{- end }}
        {{- with $v.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      labels:
        {{- include "innominatus.serviceLabels" . | nindent 8 }}
        {{- with $v.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ include "innominatus.serviceAccountName" . }}
      # The demo service (demo-time) and the workflow service (its steps) talk to the Kubernetes API; the others get
      # no token. With workflows.kubeconfigSecret the workflow service works on another cluster and gets none either.
      automountServiceAccountToken: {{ include "innominatus.automountToken" . }}
      {{- with $v.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        {{- toYaml $v.podSecurityContext | nindent 8 }}
      containers:
        - name: {{ .service }}
          image: {{ include "innominatus.image" . | quote }}
          imagePullPolicy: {{ $v.image.pullPolicy }}
          securityContext:
            {{- toYaml $v.securityContext | nindent 12 }}
          ports:
            - name: http
              containerPort: {{ $svc.containerPort }}
              protocol: TCP
          env:
            {{- include "innominatus.containerEnv" . | nindent 12 }}
          livenessProbe:
            httpGet:
              path: /health
              port: http
            {{- toYaml $v.livenessProbe | nindent 12 }}
          readinessProbe:
            httpGet:
              path: /ready
              port: http
            {{- toYaml $v.readinessProbe | nindent 12 }}
          startupProbe:
            httpGet:
              path: /health
              port: http
            {{- toYaml $v.startupProbe | nindent 12 }}
          resources:
            {{- toYaml ($svc.resources | default $v.resources) | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
            {{- if and (eq .service "workflow") $v.persistence.enabled }}
            - name: workspaces
              mountPath: {{ $v.persistence.mountPath }}
            {{- end }}
            {{- if and (eq .service "workflow") $v.workflows.kubeconfigSecret.name }}
            - name: kubeconfig
              mountPath: {{ include "innominatus.kubeconfigDir" $root }}
              readOnly: true
            {{- end }}
            {{- if and (eq .service "demo") $v.demo.catalogue }}
            - name: demo-catalogue
              mountPath: /etc/innominatus/demo
              readOnly: true
            {{- end }}
      volumes:
        # The root filesystem is read-only; .NET needs a writable /tmp (diagnostics sockets, temp files).
        - name: tmp
          emptyDir: {}
        {{- if and (eq .service "workflow") $v.persistence.enabled }}
        - name: workspaces
          persistentVolumeClaim:
            claimName: {{ $v.persistence.existingClaim | default (printf "%s-workspaces" (include "innominatus.fullname" $root)) }}
        {{- end }}
        {{- if and (eq .service "workflow") $v.workflows.kubeconfigSecret.name }}
        - name: kubeconfig
          secret:
            secretName: {{ $v.workflows.kubeconfigSecret.name }}
            defaultMode: 0440
            items:
              - key: {{ $v.workflows.kubeconfigSecret.key | default "kubeconfig" }}
                path: config
        {{- end }}
        {{- if and (eq .service "demo") $v.demo.catalogue }}
        - name: demo-catalogue
          configMap:
            name: {{ include "innominatus.fullname" $root }}-demo-catalogue
        {{- end }}
      {{- with $v.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $v.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $v.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end }}

{{/* Whether a service's pods get a ServiceAccount token. Call with (dict "root" $ "service" "workflow"). */}}
{{- define "innominatus.automountToken" -}}
{{- if eq .service "demo" }}true
{{- else if eq .service "workflow" }}{{ include "innominatus.workflow.inCluster" .root | eq "true" }}
{{- else }}false
{{- end }}
{{- end }}

{{/* Environment of one service's container. */}}
{{- define "innominatus.containerEnv" -}}
{{- $root := .root }}
{{- $v := $root.Values }}
{{- $svc := index $v.services .service -}}
- name: ASPNETCORE_HTTP_PORTS
  value: {{ $svc.containerPort | quote }}
- name: RUNNING_IN_KUBERNETES
  value: "true"
{{ include "innominatus.cliEnv" . }}
{{- $keys := keys $v.env }}
{{- if $v.oidc.existingSecret }}{{ $keys = append $keys "OIDC_CLIENT_SECRET" }}{{ end }}
{{- range $key := $keys | uniq | sortAlpha }}
{{- if and (ne $key "RUNNING_IN_KUBERNETES") (ne $key "ASPNETCORE_HTTP_PORTS") (not (and (eq $key "IDP_API_KEY") $v.cli.existingSecret)) (or (not (hasPrefix "OIDC_" $key)) (has $.service (list "gateway" "identity"))) }}
- name: {{ $key }}
{{- if and (eq $key "OIDC_CLIENT_SECRET") $v.oidc.existingSecret }}
  valueFrom:
    secretKeyRef:
      name: {{ $v.oidc.existingSecret }}
      key: {{ $v.oidc.existingSecretKey }}
{{- else if include "innominatus.isSecretEnv" $key }}
  valueFrom:
    secretKeyRef:
      name: {{ include "innominatus.envSecretName" $root }}
      key: {{ $key }}
{{- else }}
  value: {{ index $v.env $key | toString | quote }}
{{- end }}
{{- end }}
{{- end }}
{{- if eq .service "gateway" }}
{{- $networks := list }}
{{- $proxies := list }}
{{- range $proxy := $v.ingress.trustedProxies }}
{{- if contains "/" (toString $proxy) }}{{ $networks = append $networks $proxy }}{{ else }}{{ $proxies = append $proxies $proxy }}{{ end }}
{{- end }}
{{- range $i, $network := $networks }}
- name: Gateway__ForwardedHeaders__KnownNetworks__{{ $i }}
  value: {{ $network | quote }}
{{- end }}
{{- range $i, $proxy := $proxies }}
- name: Gateway__ForwardedHeaders__KnownProxies__{{ $i }}
  value: {{ $proxy | quote }}
{{- end }}
{{- range $target := list "workflow" "identity" "demo" }}
- name: {{ printf "services__%s__http__0" (include "innominatus.discoveryName" $target) }}
  value: {{ printf "http://%s:%v" (include "innominatus.serviceName" (dict "root" $root "service" $target)) (index $v.services $target).containerPort | quote }}
{{- end }}
- name: services__web__http__0
  value: {{ printf "http://%s:%v" (include "innominatus.serviceName" (dict "root" $root "service" "web")) $v.services.web.containerPort | quote }}
{{- else if eq .service "web" }}
{{- /* The web UI holds no broker or internal key: it calls the public API through the gateway, as its users. Its
database is only its data-protection key ring, shared by its replicas. */}}
- name: services__gateway__http__0
  value: {{ printf "http://%s:%v" (include "innominatus.serviceName" (dict "root" $root "service" "gateway")) $v.service.port | quote }}
{{ include "innominatus.databaseEnv" $root }}
- name: Web__Cookies__Secure
  value: {{ include "innominatus.webCookiesSecure" $root | quote }}
# Optional: an existing secret without the entry leaves the key ring unencrypted in the database (the UI logs it).
- name: Web__DataProtection__Certificate
  valueFrom:
    secretKeyRef: {name: {{ include "innominatus.authSecretName" $root }}, key: web-data-protection-certificate, optional: true}
{{- include "innominatus.webProxiesEnv" $root }}
{{- else }}
{{ include "innominatus.dataEnv" $root }}
{{- include "innominatus.messagingRetryEnv" $root }}
{{- end }}
{{- if ne .service "web" }}
{{ include "innominatus.authEnv" . }}
{{- end }}
{{- include "innominatus.webSingleSignOnEnv" . }}
{{- if eq .service "workflow" }}
{{ include "innominatus.workflowJobsEnv" $root }}
{{- /* Process steps get an empty environment; these let their kubectl find the API server in the cluster. */}}
- name: Workflows__ProcessSteps__AllowedEnvironment__0
  value: "KUBERNETES_SERVICE_HOST"
- name: Workflows__ProcessSteps__AllowedEnvironment__1
  value: "KUBERNETES_SERVICE_PORT"
{{ include "innominatus.workflowRulesEnv" $root }}
{{- include "innominatus.workflowEngineEnv" $root }}
{{- end }}
{{- if eq .service "demo" }}
{{- /* demo-time starts its runs on the WorkflowService directly. */}}
- name: {{ printf "services__%s__http__0" (include "innominatus.discoveryName" "workflow") }}
  value: {{ printf "http://%s:%v" (include "innominatus.serviceName" (dict "root" $root "service" "workflow")) $v.services.workflow.containerPort | quote }}
{{- /* demo-status' single-sign-on commands upgrade this release (docs/demo.md). */}}
- name: Demo__InnominatusRelease
  value: {{ $root.Release.Name | quote }}
- name: Demo__InnominatusNamespace
  value: {{ $root.Release.Namespace | quote }}
{{- if $v.demo.catalogue }}
- name: Demo__Catalogue
  value: /etc/innominatus/demo/components.yaml
{{- end }}
{{- end }}
{{- if eq .service "identity" }}
{{ include "innominatus.identityProxiesEnv" $root }}
{{- end }}
{{- end }}

{{/*
Environment of /app/innominatus-ctl, which every service image carries: `kubectl exec` into any service pod gives
the same CLI. INNOMINATUS_URL is the gateway (itself on localhost in the gateway pod, its Service elsewhere), unless
env.INNOMINATUS_URL says otherwise; IDP_API_KEY comes from cli.existingSecret when set (or env.IDP_API_KEY, kept in
the env Secret). Every service pod gets the same credential, so the CLI authenticates alike in each.
*/}}
{{- define "innominatus.cliEnv" -}}
{{- $v := .root.Values -}}
{{- if not (hasKey $v.env "INNOMINATUS_URL") -}}
- name: INNOMINATUS_URL
{{- if eq .service "gateway" }}
  value: {{ printf "http://localhost:%v" $v.services.gateway.containerPort | quote }}
{{- else }}
  value: {{ printf "http://%s:%v" (include "innominatus.serviceName" (dict "root" .root "service" "gateway")) $v.service.port | quote }}
{{- end }}
{{- end }}
{{- if $v.cli.existingSecret }}
- name: IDP_API_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $v.cli.existingSecret }}
      key: {{ $v.cli.existingSecretKey }}
{{- end }}
{{- end }}

{{/* demo.catalogue as the file the demo service reads: text as given, YAML under the key written out. */}}
{{- define "innominatus.demoCatalogue" -}}
{{- if kindIs "string" .Values.demo.catalogue }}{{ .Values.demo.catalogue }}{{ else }}{{ toYaml .Values.demo.catalogue }}{{ end }}
{{- end }}
