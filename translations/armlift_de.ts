<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Amd64PackageRule</name>
    <message>
        <source>amd64 distribution package</source>
        <translation>amd64-Distributionspaket</translation>
    </message>
    <message>
        <source>An amd64 .deb/.rpm, the i386 architecture or an x86-only package is installed on every architecture.</source>
        <translation>Ein amd64-.deb/.rpm, die i386-Architektur oder ein reines x86-Paket wird auf jeder Architektur installiert.</translation>
    </message>
    <message>
        <source>%1 is an amd64 package: it does not install on arm64.</source>
        <translation>%1 ist ein amd64-Paket: es lässt sich auf arm64 nicht installieren.</translation>
    </message>
    <message>
        <source>Name the package after the architecture being built, and check that the vendor publishes an arm64 package (%1).</source>
        <translation>Benennen Sie das Paket nach der gebauten Architektur und prüfen Sie, ob der Hersteller ein arm64-Paket veröffentlicht (%1).</translation>
    </message>
    <message>
        <source>Use %1 in the package name</source>
        <translation>%1 im Paketnamen verwenden</translation>
    </message>
    <message>
        <source>Use the arm64 package (%1)</source>
        <translation>Das arm64-Paket verwenden (%1)</translation>
    </message>
    <message>
        <source>The %1 architecture is x86: its packages cannot run on arm64, and Ubuntu&apos;s ports mirror has no %1 indexes.</source>
        <translation>Die Architektur %1 ist x86: ihre Pakete laufen nicht auf arm64, und der Ports-Mirror von Ubuntu hat keine %1-Indizes.</translation>
    </message>
    <message>
        <source>Remove `dpkg --add-architecture %1` and the :%1 packages, or keep this stage on amd64 if it really needs 32-bit x86 binaries.</source>
        <translation>Entfernen Sie `dpkg --add-architecture %1` und die :%1-Pakete, oder lassen Sie diese Stage auf amd64, wenn sie wirklich 32-Bit-x86-Binaries braucht.</translation>
    </message>
    <message>
        <source>Remove `dpkg --add-architecture %1`</source>
        <translation>`dpkg --add-architecture %1` entfernen</translation>
    </message>
    <message>
        <source>%1 builds 32-bit x86 code and has no arm64 package: apt-get install fails on arm64.</source>
        <translation>%1 erzeugt 32-Bit-x86-Code und hat kein arm64-Paket: apt-get install schlägt auf arm64 fehl.</translation>
    </message>
    <message>
        <source>Remove %1; code that needs -m32 must be built for the native architecture instead.</source>
        <translation>%1 entfernen; Code, der -m32 braucht, muss stattdessen für die native Architektur gebaut werden.</translation>
    </message>
    <message>
        <source>Remove %1 from the install list</source>
        <translation>%1 aus der Installationsliste entfernen</translation>
    </message>
    <message>
        <source>Install the vendor&apos;s arm64 package on arm64: where this name says %1, vendors write arm64 or aarch64, so choose the name from $(uname -m) or TARGETARCH after checking the release page.</source>
        <translation>Installieren Sie auf arm64 das arm64-Paket des Herstellers: wo dieser Name %1 sagt, schreiben Hersteller arm64 oder aarch64, wählen Sie den Namen also nach einem Blick auf die Release-Seite über $(uname -m) oder TARGETARCH.</translation>
    </message>
</context>
<context>
    <name>ApacheTvmRule</name>
    <message>
        <source>apache-tvm without an aarch64 wheel</source>
        <translation>apache-tvm ohne aarch64-Wheel</translation>
    </message>
    <message>
        <source>apache-tvm below 0.11.1 has no aarch64 wheel: pip finds no distribution on arm64.</source>
        <translation>apache-tvm unter 0.11.1 hat kein aarch64-Wheel: pip findet auf arm64 keine Distribution.</translation>
    </message>
    <message>
        <source>%1 has no aarch64 wheel: pip fails with &quot;No matching distribution found&quot; on arm64 (first release with one: %2)</source>
        <translation>%1 hat kein aarch64-Wheel: pip bricht auf arm64 mit &quot;No matching distribution found&quot; ab (erste Version mit einem: %2)</translation>
    </message>
    <message>
        <source>To keep %1: %2</source>
        <translation>Um %1 zu behalten: %2</translation>
    </message>
</context>
<context>
    <name>Armlift</name>
    <message>
        <source>offline, and %1 is not in the cache</source>
        <translation>offline, und %1 ist nicht im Cache</translation>
    </message>
    <message>
        <source>%1 sent malformed JSON (%2)</source>
        <translation>%1 hat fehlerhaftes JSON gesendet (%2)</translation>
    </message>
    <message>
        <source>%1 was not found</source>
        <translation>%1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>%1 limits the request rate (HTTP 429)</source>
        <translation>%1 begrenzt die Anfragerate (HTTP 429)</translation>
    </message>
    <message>
        <source>(Answer from the cache, %1 old.)</source>
        <translation>(Antwort aus dem Cache, %1 alt.)</translation>
    </message>
    <message>
        <source>%1:%2: cannot check the base image %3: %4</source>
        <translation>%1:%2: das Basis-Image %3 kann nicht geprüft werden: %4</translation>
    </message>
    <message>
        <source>%1 has no linux/arm64 variant: the registry lists only %2, so pulling it on arm64 fails with “no matching manifest for linux/arm64/v8”.</source>
        <translation>%1 hat keine linux/arm64-Variante: die Registry führt nur %2, daher schlägt das Pullen auf arm64 mit „no matching manifest for linux/arm64/v8“ fehl.</translation>
    </message>
    <message>
        <source>Use a tag or an image that is published for linux/arm64, or build this stage for amd64 on purpose with --platform=linux/amd64.</source>
        <translation>Verwenden Sie ein Tag oder Image, das für linux/arm64 veröffentlicht wird, oder bauen Sie diese Stage bewusst mit --platform=linux/amd64 für amd64.</translation>
    </message>
    <message>
        <source>Use %1 (has linux/arm64)</source>
        <translation>%1 verwenden (hat linux/arm64)</translation>
    </message>
    <message>
        <source>A newer tag: check the release notes before switching.</source>
        <translation>Ein neueres Tag: lesen Sie vor dem Wechsel die Release Notes.</translation>
    </message>
    <message>
        <source>%1:%2: cannot check %3 on PyPI: %4</source>
        <translation>%1:%2: %3 kann auf PyPI nicht geprüft werden: %4</translation>
    </message>
    <message>
        <source>any CPython version</source>
        <translation>jede CPython-Version</translation>
    </message>
    <message>
        <source>CPython %1 (guessed from %2)</source>
        <translation>CPython %1 (geschätzt aus %2)</translation>
    </message>
    <message>
        <source>CPython %1 (from %2)</source>
        <translation>CPython %1 (aus %2)</translation>
    </message>
    <message>
        <source>%1 has no aarch64 wheel on PyPI for %2: pip builds it from source on arm64</source>
        <translation>%1 hat auf PyPI kein aarch64-Wheel für %2: pip baut es auf arm64 aus dem Quellcode</translation>
    </message>
    <message>
        <source>PyPI lists no manylinux/musllinux aarch64 wheel of %1 %2 for that interpreter, so pip downloads the source distribution and needs a compiler and headers on arm64.</source>
        <translation>PyPI führt für diesen Interpreter kein manylinux/musllinux-aarch64-Wheel von %1 %2, daher lädt pip die Quelldistribution herunter und braucht auf arm64 einen Compiler und Header.</translation>
    </message>
    <message>
        <source>%1 is the first release from the pin on with a suitable wheel (aarch64 wheels for CPython %2).</source>
        <translation>%1 ist ab der Pinning-Version die erste Version mit passendem Wheel (aarch64-Wheels für CPython %2).</translation>
    </message>
    <message>
        <source>No release from %1 on has one.</source>
        <translation>Keine Version ab %1 hat eines.</translation>
    </message>
    <message>
        <source>Pin %1 %2 (first release with an aarch64 wheel for %3)</source>
        <translation>%1 %2 pinnen (erste Version mit aarch64-Wheel für %3)</translation>
    </message>
    <message>
        <source>%1:%2: cannot read Go checksums from go.dev: %3</source>
        <translation>%1:%2: Go-Prüfsummen von go.dev können nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Go %1 is the latest patch release of Go %2 (go.dev); consider it too.</source>
        <translation>Go %1 ist das neueste Patch-Release von Go %2 (go.dev); ziehen Sie es ebenfalls in Betracht.</translation>
    </message>
    <message>
        <source>%1:%2: expected `key = value`</source>
        <translation>%1:%2: `Schlüssel = Wert` erwartet</translation>
    </message>
    <message>
        <source>%1:%2: cannot read the value of `%3`</source>
        <translation>%1:%2: der Wert von `%3` kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>A fix edits a file outside the project; nothing was changed.</source>
        <translation>Eine Korrektur ändert eine Datei außerhalb des Projekts; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 has aarch64 wheels on PyPI only for glibc %2 or later, but %3 has glibc %4: pip builds it from source on arm64</source>
        <translation>%1 hat auf PyPI aarch64-Wheels nur für glibc %2 oder neuer, aber %3 hat glibc %4: pip baut es auf arm64 aus dem Quellcode</translation>
    </message>
    <message>
        <source>The aarch64 wheels of %1 %2 are manylinux wheels that need glibc %3; pip skips them on an image with an older glibc and downloads the source distribution. Pin an older release, or use a base image with glibc %3 or later.</source>
        <translation>Die aarch64-Wheels von %1 %2 sind manylinux-Wheels, die glibc %3 brauchen; auf einem Image mit älterer glibc überspringt pip sie und lädt die Quelldistribution. Pinnen Sie eine ältere Version oder verwenden Sie ein Basis-Image mit glibc %3 oder neuer.</translation>
    </message>
</context>
<context>
    <name>Armlift::BuildLogDoctor</name>
    <message>
        <source>(build log line %1: %2)</source>
        <translation>(Build-Log-Zeile %1: %2)</translation>
    </message>
    <message>
        <source>In this Dockerfile: %1</source>
        <translation>In diesem Dockerfile: %1</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>das Programm</translation>
    </message>
    <message>
        <source>exec format error in a FROM scratch stage: scratch has no platform of its own; %1 is copied from stage %2, which builds it for x86-64 (amd64).</source>
        <translation>exec format error in einer FROM-scratch-Stage: scratch hat keine eigene Plattform; %1 wird aus der Stage %2 kopiert, die es für x86-64 (amd64) baut.</translation>
    </message>
    <message>
        <source>exec format error in a FROM scratch stage: scratch has no platform of its own; %1 is copied in from %2, an x86-64 (amd64) build.</source>
        <translation>exec format error in einer FROM-scratch-Stage: scratch hat keine eigene Plattform; %1 wird aus %2 kopiert, einem Build für x86-64 (amd64).</translation>
    </message>
    <message>
        <source>A scratch image holds only the files copied into it, so the base image is not the problem. Build %1 for the target architecture (GOARCH=$TARGETARCH with ARG TARGETARCH, the arm64 download), or copy the arm64 build.</source>
        <translation>Ein scratch-Image enthält nur die hineinkopierten Dateien, das Basis-Image ist also nicht das Problem. Bauen Sie %1 für die Zielarchitektur (GOARCH=$TARGETARCH mit ARG TARGETARCH, der arm64-Download) oder kopieren Sie den arm64-Build.</translation>
    </message>
</context>
<context>
    <name>Armlift::BuildLogPane</name>
    <message>
        <source>Build Log</source>
        <translation>Build-Log</translation>
    </message>
    <message>
        <source>Paste the output of a failed docker build, buildx, buildah or podman build here, or drop a log file.</source>
        <translation>Fügen Sie hier die Ausgabe eines fehlgeschlagenen docker build, buildx, buildah oder podman build ein, oder ziehen Sie eine Log-Datei hierher.</translation>
    </message>
    <message>
        <source>Build log</source>
        <translation>Build-Log</translation>
    </message>
    <message>
        <source>Open Log…</source>
        <translation>Log öffnen…</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>Korrektur anwenden</translation>
    </message>
    <message>
        <source>Apply the first quick fix of the selected cause to the Dockerfile</source>
        <translation>Die erste Schnellkorrektur der gewählten Ursache auf das Dockerfile anwenden</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Causes of the failed build</source>
        <translation>Ursachen des fehlgeschlagenen Builds</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that the file exists and is readable.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie, ob die Datei existiert und lesbar ist.</translation>
    </message>
    <message>
        <source>Open Build Log</source>
        <translation>Build-Log öffnen</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>Logs (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>pasted log</source>
        <translation>eingefügtes Log</translation>
    </message>
    <message>
        <source>Open %1 at line %2</source>
        <translation>%1 in Zeile %2 öffnen</translation>
    </message>
    <message>
        <source>Line %1 of the build log; open the project that was built to see the Dockerfile line</source>
        <translation>Zeile %1 des Build-Logs; öffnen Sie das gebaute Projekt, um die Dockerfile-Zeile zu sehen</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s) found. Activate a location to open the Dockerfile line.</source>
        <translation>
            <numerusform>%n Ursache gefunden. Aktivieren Sie einen Ort, um die Dockerfile-Zeile zu öffnen.</numerusform>
            <numerusform>%n Ursachen gefunden. Aktivieren Sie einen Ort, um die Dockerfile-Zeile zu öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste or drop a build log first.</source>
        <translation>Fügen Sie zuerst ein Build-Log ein oder ziehen Sie eines hierher.</translation>
    </message>
    <message>
        <source>No known arm64 failure in this log. Its last error lines:%1</source>
        <translation>Kein bekannter arm64-Fehler in diesem Log. Seine letzten Fehlerzeilen:%1</translation>
    </message>
</context>
<context>
    <name>Armlift::BuildLogSignatures</name>
    <message>
        <source>packageContext &apos;%1&apos;: %2</source>
        <translation>packageContext &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>signature %1: pattern &apos;%2&apos;: %3</source>
        <translation>Signatur %1: Muster &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>signature %1: hint: %2</source>
        <translation>Signatur %1: Hinweis: %2</translation>
    </message>
    <message>
        <source>signature &apos;%1&apos; is incomplete (needs id, patterns, a rule and a message)</source>
        <translation>Signatur &apos;%1&apos; ist unvollständig (braucht id, patterns, eine Regel und eine Meldung)</translation>
    </message>
</context>
<context>
    <name>Armlift::BuildPlannerPanel</name>
    <message>
        <source>docker buildx (script)</source>
        <translation>docker buildx (Skript)</translation>
    </message>
    <message>
        <source>buildah manifest (script, as in the talk)</source>
        <translation>buildah manifest (Skript, wie im Vortrag)</translation>
    </message>
    <message>
        <source>podman manifest (script)</source>
        <translation>podman manifest (Skript)</translation>
    </message>
    <message>
        <source>GitHub Actions workflow</source>
        <translation>GitHub-Actions-Workflow</translation>
    </message>
    <message>
        <source>GitLab CI job</source>
        <translation>GitLab-CI-Job</translation>
    </message>
    <message>
        <source>registry.example.com (placeholder)</source>
        <translation>registry.example.com (Platzhalter)</translation>
    </message>
    <message>
        <source>from the folder name</source>
        <translation>aus dem Ordnernamen</translation>
    </message>
    <message>
        <source>&amp;Recipe:</source>
        <translation>&amp;Rezept:</translation>
    </message>
    <message>
        <source>Re&amp;gistry:</source>
        <translation>Re&amp;gistry:</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Push to the registry</source>
        <translation>In die Registry &amp;pushen</translation>
    </message>
    <message>
        <source>&amp;Run build</source>
        <translation>Build &amp;ausführen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Step %1 of %2…</source>
        <translation>Schritt %1 von %2…</translation>
    </message>
    <message>
        <source>Build finished.</source>
        <translation>Build abgeschlossen.</translation>
    </message>
    <message>
        <source>Build cancelled.</source>
        <translation>Build abgebrochen.</translation>
    </message>
    <message>
        <source>Build failed: see the log.</source>
        <translation>Build fehlgeschlagen: siehe Log.</translation>
    </message>
    <message>
        <source>Open a folder to plan its multi-arch build.</source>
        <translation>Öffnen Sie einen Ordner, um seinen Multi-Arch-Build zu planen.</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <source>A CI file runs in CI: commit it to the repository.</source>
        <translation>Eine CI-Datei läuft in der CI: committen Sie sie ins Repository.</translation>
    </message>
    <message>
        <source>%1 is not installed.</source>
        <translation>%1 ist nicht installiert.</translation>
    </message>
    <message>
        <source>Runs the commands above in the project folder.</source>
        <translation>Führt die obigen Befehle im Projektordner aus.</translation>
    </message>
    <message>
        <source>Recipe copied to the clipboard.</source>
        <translation>Rezept in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Save Recipe</source>
        <translation>Rezept speichern</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>Baue…</translation>
    </message>
    <message>
        <source>Native arm64 runners instead of QEMU</source>
        <translation>Native arm64-Runner statt QEMU</translation>
    </message>
    <message>
        <source>GitHub Actions: ubuntu-24.04-arm; GitLab.com: saas-linux-small-arm64.</source>
        <translation>GitHub Actions: ubuntu-24.04-arm; GitLab.com: saas-linux-small-arm64.</translation>
    </message>
</context>
<context>
    <name>Armlift::BuildRecipe</name>
    <message>
        <source>%1 (the registry: --registry HOST)</source>
        <translation>%1 (die Registry: --registry HOST)</translation>
    </message>
    <message>
        <source>%1 (the image name, from the folder name: --image NAME)</source>
        <translation>%1 (der Image-Name, aus dem Ordnernamen: --image NAME)</translation>
    </message>
    <message>
        <source>%1 (the tag: --tag TAG)</source>
        <translation>%1 (das Tag: --tag TAG)</translation>
    </message>
    <message>
        <source>No Dockerfile or Containerfile found in %1.</source>
        <translation>Kein Dockerfile oder Containerfile in %1 gefunden.</translation>
    </message>
    <message>
        <source>Generated by Armlift for %1 (%2).</source>
        <translation>Von Armlift für %1 (%2) erzeugt.</translation>
    </message>
    <message>
        <source>Placeholders to replace:
  %1</source>
        <translation>Zu ersetzende Platzhalter:
  %1</translation>
    </message>
    <message>
        <source>A docker-container builder: the default docker driver cannot push a multi-platform image. Created once, reused later.</source>
        <translation>Ein docker-container-Builder: der Standard-Treiber docker kann kein Multi-Plattform-Image pushen. Einmal angelegt, später wiederverwendet.</translation>
    </message>
    <message>
        <source>QEMU for RUN steps of the other architecture (Docker Desktop has it). Stages on $BUILDPLATFORM that cross-compile do not need it, and they are much faster.</source>
        <translation>QEMU für RUN-Schritte der anderen Architektur (Docker Desktop hat es). Stages auf $BUILDPLATFORM, die cross-kompilieren, brauchen es nicht und sind viel schneller.</translation>
    </message>
    <message>
        <source>%1: build every platform and push one multi-arch tag.</source>
        <translation>%1: jede Plattform bauen und ein Multi-Arch-Tag pushen.</translation>
    </message>
    <message>
        <source>Builds and pushes a multi-arch image with docker buildx.</source>
        <translation>Baut und pusht ein Multi-Arch-Image mit docker buildx.</translation>
    </message>
    <message>
        <source>%1: start from an empty manifest list.</source>
        <translation>%1: mit einer leeren Manifest-Liste beginnen.</translation>
    </message>
    <message>
        <source>Create a multi-architecture manifest.</source>
        <translation>Ein Multi-Architektur-Manifest anlegen.</translation>
    </message>
    <message>
        <source>Build the %1 image into the manifest.</source>
        <translation>Das Image %1 in das Manifest bauen.</translation>
    </message>
    <message>
        <source>Build every platform into the manifest.</source>
        <translation>Jede Plattform in das Manifest bauen.</translation>
    </message>
    <message>
        <source>Push the full manifest, with every architecture.</source>
        <translation>Das vollständige Manifest mit allen Architekturen pushen.</translation>
    </message>
    <message>
        <source>Builds and pushes a multi-arch image with buildah, the recipe of the migration talk (buildah manifest create, buildah bud --arch, buildah manifest push --all). RUN steps of the other architecture need qemu-user-static.</source>
        <translation>Baut und pusht ein Multi-Arch-Image mit buildah, das Rezept aus dem Migrationsvortrag (buildah manifest create, buildah bud --arch, buildah manifest push --all). RUN-Schritte der anderen Architektur brauchen qemu-user-static.</translation>
    </message>
    <message>
        <source>Builds and pushes a multi-arch image with podman (podman build --platform --manifest, podman manifest push --all). RUN steps of the other architecture need qemu-user-static.</source>
        <translation>Baut und pusht ein Multi-Arch-Image mit podman (podman build --platform --manifest, podman manifest push --all). RUN-Schritte der anderen Architektur brauchen qemu-user-static.</translation>
    </message>
    <message>
        <source>Multi-arch image (%1) for %2, generated by Armlift.
Each platform builds natively: ubuntu-24.04 for amd64, ubuntu-24.04-arm (GitHub&apos;s arm64 runners) for arm64, so nothing is emulated; a last job joins the per-platform digests into one multi-arch tag.</source>
        <translation>Multi-Arch-Image (%1) für %2, erzeugt von Armlift.
Jede Plattform baut nativ: ubuntu-24.04 für amd64, ubuntu-24.04-arm (die arm64-Runner von GitHub) für arm64, also wird nichts emuliert; ein letzter Job fügt die Digests der Plattformen zu einem Multi-Arch-Tag zusammen.</translation>
    </message>
    <message>
        <source>Multi-arch image (%1) for %2, generated by Armlift.
One job builds every platform on ubuntu-24.04; QEMU emulates the other architecture (slow for compile steps: prefer native arm64 runners where your plan has them).</source>
        <translation>Multi-Arch-Image (%1) für %2, erzeugt von Armlift.
Ein Job baut jede Plattform auf ubuntu-24.04; QEMU emuliert die andere Architektur (langsam bei Kompilierschritten: bevorzugen Sie native arm64-Runner, wo Ihr Plan sie hat).</translation>
    </message>
    <message>
        <source>Needs the repository secrets REGISTRY_USERNAME and REGISTRY_PASSWORD.</source>
        <translation>Braucht die Repository-Secrets REGISTRY_USERNAME und REGISTRY_PASSWORD.</translation>
    </message>
    <message>
        <source>Needs the CI/CD variables REGISTRY_USER and REGISTRY_PASSWORD (for GitLab&apos;s own registry: --registry with $CI_REGISTRY_IMAGE and the CI_REGISTRY_* variables).</source>
        <translation>Braucht die CI/CD-Variablen REGISTRY_USER und REGISTRY_PASSWORD (für die eigene Registry von GitLab: --registry mit $CI_REGISTRY_IMAGE und den CI_REGISTRY_*-Variablen).</translation>
    </message>
    <message>
        <source>Multi-arch image (%1) for %2, generated by Armlift.
Each platform builds natively on GitLab.com&apos;s hosted runners (saas-linux-small-amd64, saas-linux-small-arm64), so nothing is emulated; a last job joins the per-platform tags into one multi-arch tag. On a self-managed GitLab, use your own runners&apos; tags.</source>
        <translation>Multi-Arch-Image (%1) für %2, erzeugt von Armlift.
Jede Plattform baut nativ auf den gehosteten Runnern von GitLab.com (saas-linux-small-amd64, saas-linux-small-arm64), also wird nichts emuliert; ein letzter Job fügt die Tags der Plattformen zu einem Multi-Arch-Tag zusammen. Auf einem selbst verwalteten GitLab verwenden Sie die Tags Ihrer eigenen Runner.</translation>
    </message>
    <message>
        <source>Multi-arch image (%1) for %2, generated by Armlift.
Runs on any runner that allows docker-in-docker; QEMU (tonistiigi/binfmt) emulates the other architecture (slow for compile steps: prefer native arm64 runners where you have them).</source>
        <translation>Multi-Arch-Image (%1) für %2, erzeugt von Armlift.
Läuft auf jedem Runner, der Docker-in-Docker erlaubt; QEMU (tonistiigi/binfmt) emuliert die andere Architektur (langsam bei Kompilierschritten: bevorzugen Sie native arm64-Runner, wo Sie welche haben).</translation>
    </message>
</context>
<context>
    <name>Armlift::BuildRunner</name>
    <message>
        <source>This recipe is a CI file: there is nothing to run here.
</source>
        <translation>Dieses Rezept ist eine CI-Datei: hier gibt es nichts auszuführen.
</translation>
    </message>
    <message>
        <source>%1 is not installed.
</source>
        <translation>%1 ist nicht installiert.
</translation>
    </message>
    <message>
        <source>Cancelling the build.
</source>
        <translation>Build wird abgebrochen.
</translation>
    </message>
    <message>
        <source>Could not start %1: %2
</source>
        <translation>%1 konnte nicht gestartet werden: %2
</translation>
    </message>
    <message>
        <source>The command crashed.
</source>
        <translation>Der Befehl ist abgestürzt.
</translation>
    </message>
    <message>
        <source>The command failed with exit code %1.
</source>
        <translation>Der Befehl ist mit Exit-Code %1 fehlgeschlagen.
</translation>
    </message>
    <message>
        <source>Build finished.
</source>
        <translation>Build abgeschlossen.
</translation>
    </message>
    <message>
        <source>Build cancelled.
</source>
        <translation>Build abgebrochen.
</translation>
    </message>
</context>
<context>
    <name>Armlift::CloneDialog</name>
    <message>
        <source>&amp;Shallow clone (latest commit only)</source>
        <translation>&amp;Flacher Klon (nur der neueste Commit)</translation>
    </message>
    <message>
        <source>Clone Repository</source>
        <translation>Repository klonen</translation>
    </message>
    <message>
        <source>https://github.com/org/repo.git, git@host:org/repo.git, or a path</source>
        <translation>https://github.com/org/repo.git, git@host:org/repo.git oder ein Pfad</translation>
    </message>
    <message>
        <source>default branch</source>
        <translation>Standard-Branch</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Clone Into</source>
        <translation>Klonen nach</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Branch:</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Klonen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cloned into %1.</source>
        <translation>Nach %1 geklont.</translation>
    </message>
    <message>
        <source>The clone was cancelled; nothing was left behind.</source>
        <translation>Das Klonen wurde abgebrochen; es ist nichts zurückgeblieben.</translation>
    </message>
    <message>
        <source>Could not clone: %1</source>
        <translation>Klonen fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Armlift::CommitDialog</name>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>Typ geändert</translation>
    </message>
    <message>
        <source>Commit Fixes</source>
        <translation>Korrekturen committen</translation>
    </message>
    <message>
        <source>Name &lt;email&gt;</source>
        <translation>Name &lt;E-Mail&gt;</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Branch:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Committen</translation>
    </message>
</context>
<context>
    <name>Armlift::CredentialDialog</name>
    <message>
        <source>Use the key in ssh-agent</source>
        <translation>Den Schlüssel aus ssh-agent verwenden</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>%1 asks for an SSH key.</source>
        <translation>%1 verlangt einen SSH-Schlüssel.</translation>
    </message>
    <message>
        <source>%1 asks for a user name and a password or access token.</source>
        <translation>%1 verlangt einen Benutzernamen und ein Passwort oder Zugriffstoken.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>SSH Private Key</source>
        <translation>Privater SSH-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>&amp;Passwort oder Token:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>Armlift::CredentialsSettingsPage</name>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>No saved credentials.</source>
        <translation>Keine gespeicherten Zugangsdaten.</translation>
    </message>
    <message>
        <source>Credentials that worked and were remembered. The secrets are kept in the system keychain only.</source>
        <translation>Zugangsdaten, die funktioniert haben und gespeichert wurden. Die Geheimnisse liegen nur im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Could not remove it from the keychain: %1</source>
        <translation>Entfernen aus dem Schlüsselbund fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Armlift::DetailsPane</name>
    <message>
        <source>Problem details</source>
        <translation>Problemdetails</translation>
    </message>
    <message>
        <source>Select a problem to see why it breaks on arm64 and how to fix it.</source>
        <translation>Wählen Sie ein Problem, um zu sehen, warum es auf arm64 bricht und wie es sich beheben lässt.</translation>
    </message>
    <message>
        <source>%1 in `%2`, line %3. Source: %4.</source>
        <translation>%1 in `%2`, Zeile %3. Quelle: %4.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
</context>
<context>
    <name>Armlift::DiffView</name>
    <message>
        <source>Unified diff</source>
        <translation>Unified Diff</translation>
    </message>
    <message>
        <source>Before the change</source>
        <translation>Vor der Änderung</translation>
    </message>
    <message>
        <source>After the change</source>
        <translation>Nach der Änderung</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Show the text before and after the change next to each other</source>
        <translation>Den Text vor und nach der Änderung nebeneinander anzeigen</translation>
    </message>
    <message>
        <source>Side by side diff</source>
        <translation>Diff nebeneinander</translation>
    </message>
    <message>
        <source>⋯ 1 unchanged line</source>
        <translation>⋯ 1 unveränderte Zeile</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines</source>
        <translation>⋯ %1 unveränderte Zeilen</translation>
    </message>
</context>
<context>
    <name>Armlift::DiskChangeBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine Version behalten</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>Load the file from disk; Edit &gt; Undo brings your text back</source>
        <translation>Die Datei vom Datenträger laden; Bearbeiten &gt; Rückgängig holt Ihren Text zurück</translation>
    </message>
    <message>
        <source>Keep the text in the editor; saving it replaces the file on disk</source>
        <translation>Den Text im Editor behalten; beim Speichern ersetzt er die Datei auf dem Datenträger</translation>
    </message>
    <message>
        <source>%1 changed on disk. Reload it, or keep your unsaved text?</source>
        <translation>%1 wurde auf dem Datenträger geändert. Neu laden oder Ihren ungespeicherten Text behalten?</translation>
    </message>
    <message>
        <source>%1 was deleted on disk. Your text is kept; save it to write the file again.</source>
        <translation>%1 wurde auf dem Datenträger gelöscht. Ihr Text bleibt erhalten; speichern Sie ihn, um die Datei neu zu schreiben.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
</context>
<context>
    <name>Armlift::DockerfileEditor</name>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Quick Fix</source>
        <translation>Schnellkorrektur</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Your changes are still in the editor; save again once the folder is writable.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Ihre Änderungen sind noch im Editor; speichern Sie erneut, sobald der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>%1: %2 [%3]</source>
        <translation>%1: %2 [%3]</translation>
    </message>
</context>
<context>
    <name>Armlift::DockerfileParser</name>
    <message>
        <source>invalid escape directive &apos;%1&apos;: use \ or `</source>
        <translation>ungültige escape-Direktive &apos;%1&apos;: verwenden Sie \ oder `</translation>
    </message>
    <message>
        <source>line continuation at the end of the file</source>
        <translation>Zeilenfortsetzung am Dateiende</translation>
    </message>
    <message>
        <source>heredoc &apos;%1&apos; is not terminated before the end of the file</source>
        <translation>Heredoc &apos;%1&apos; ist vor dem Dateiende nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Armlift::EditorGutter</name>
    <message>
        <source>Line numbers and markers</source>
        <translation>Zeilennummern und Markierungen</translation>
    </message>
</context>
<context>
    <name>Armlift::EditorTabs</name>
    <message>
        <source>Open files</source>
        <translation>Geöffnete Dateien</translation>
    </message>
    <message>
        <source>%1 ●</source>
        <translation>%1 ●</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>These files have unsaved changes:
%1

Save them before closing?</source>
        <translation>Diese Dateien haben ungespeicherte Änderungen:
%1

Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
</context>
<context>
    <name>Armlift::EmulationEstimate</name>
    <message>
        <source>Estimate for this Dockerfile built for arm64 on x86-64: %1 of %2 RUN steps run emulated, %3 of them compiling from source; about %4% of the build work is emulated, so it takes roughly %5x the time of a native build (the talk&apos;s ratio: 22m27s emulated, 3m01s native).</source>
        <translation>Schätzung für dieses Dockerfile, für arm64 auf x86-64 gebaut: %1 von %2 RUN-Schritten laufen emuliert, %3 davon kompilieren aus dem Quellcode; etwa %4% der Build-Arbeit ist emuliert, daher dauert es ungefähr %5-mal so lange wie ein nativer Build (das Verhältnis aus dem Vortrag: 22m27s emuliert, 3m01s nativ).</translation>
    </message>
</context>
<context>
    <name>Armlift::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriges</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächstes</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Wrapped around; line %1</source>
        <translation>Am anderen Ende fortgesetzt; Zeile %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>%n Vorkommen ersetzt</numerusform>
            <numerusform>%n Vorkommen ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Armlift::FixAllDialog</name>
    <message>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>1 edit</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <source>%1 edits</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <source>%1 in %2. Untick a file to leave it as it is. Open files change in their editor (Edit &gt; Undo reverts each); files that are not open are opened with the change unsaved, or saved at once when there are many of them.</source>
        <translation>%1 in %2. Entfernen Sie den Haken bei einer Datei, um sie unverändert zu lassen. Geöffnete Dateien ändern sich in ihrem Editor (Bearbeiten &gt; Rückgängig macht jede einzeln rückgängig); nicht geöffnete Dateien werden mit der ungespeicherten Änderung geöffnet oder, wenn es viele sind, sofort gespeichert.</translation>
    </message>
    <message>
        <source>1 problem is left for you to fix by hand.</source>
        <translation>Ein Problem müssen Sie von Hand beheben.</translation>
    </message>
    <message>
        <source>%1 problems are left for you to fix by hand.</source>
        <translation>%1 Probleme müssen Sie von Hand beheben.</translation>
    </message>
    <message>
        <source>Some fixes kept changing the text; they were stopped after %1 rounds.</source>
        <translation>Einige Korrekturen haben den Text immer wieder geändert; sie wurden nach %1 Runden abgebrochen.</translation>
    </message>
    <message>
        <source>Fix-all summary</source>
        <translation>Zusammenfassung der Sammelkorrektur</translation>
    </message>
    <message>
        <source>To complete by hand:
%1</source>
        <translation>Von Hand zu erledigen:
%1</translation>
    </message>
    <message>
        <source>Fix notes</source>
        <translation>Hinweise zu den Korrekturen</translation>
    </message>
    <message>
        <source>Files to change</source>
        <translation>Zu ändernde Dateien</translation>
    </message>
</context>
<context>
    <name>Armlift::FixPlan</name>
    <message>
        <source>The fix &quot;%1&quot; has overlapping edits in %2 (line %3); nothing was changed.</source>
        <translation>Die Korrektur „%1“ hat überlappende Änderungen in %2 (Zeile %3); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The fix &quot;%1&quot; changes nothing: the text is already fixed.</source>
        <translation>Die Korrektur „%1“ ändert nichts: der Text ist bereits korrigiert.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Armlift::FixPreviewDialog</name>
    <message>
        <source>Apply Fix: %1</source>
        <translation>Korrektur anwenden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Changes %2. Review the change, then apply it; Edit &gt; Undo reverts it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Ändert %2. Prüfen Sie die Änderung und wenden Sie sie dann an; Bearbeiten &gt; Rückgängig macht sie rückgängig.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Fix note</source>
        <translation>Hinweis zur Korrektur</translation>
    </message>
</context>
<context>
    <name>Armlift::FixSafety</name>
    <message>
        <source>declares a platform argument</source>
        <translation>deklariert ein Plattformargument</translation>
    </message>
    <message>
        <source>changes an architecture name in a download</source>
        <translation>ändert einen Architekturnamen in einem Download</translation>
    </message>
    <message>
        <source>raises a pinned version</source>
        <translation>hebt eine gepinnte Version an</translation>
    </message>
    <message>
        <source>changes an architecture build tag</source>
        <translation>ändert ein Architektur-Build-Tag</translation>
    </message>
    <message>
        <source>raises a version requirement</source>
        <translation>hebt eine Versionsanforderung an</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::Cloner</name>
    <message>
        <source>Enter the URL or path of a repository.</source>
        <translation>Geben Sie die URL oder den Pfad eines Repositorys ein.</translation>
    </message>
    <message>
        <source>Choose a destination folder.</source>
        <translation>Wählen Sie einen Zielordner.</translation>
    </message>
    <message>
        <source>The destination %1 already exists and is not an empty folder.</source>
        <translation>Das Ziel %1 existiert bereits und ist kein leerer Ordner.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>The branch %1 does not exist in %2.</source>
        <translation>Der Branch %1 existiert nicht in %2.</translation>
    </message>
    <message>
        <source>Could not clone %1: %2</source>
        <translation>%1 konnte nicht geklont werden: %2</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::Committer</name>
    <message>
        <source>Fix arm64 migration problems</source>
        <translation>arm64-Migrationsprobleme beheben</translation>
    </message>
    <message>
        <source>Fixes applied with Armlift:</source>
        <translation>Mit Armlift angewendete Korrekturen:</translation>
    </message>
    <message>
        <source>The commit message is empty.</source>
        <translation>Die Commit-Nachricht ist leer.</translation>
    </message>
    <message>
        <source>Staging the changes</source>
        <translation>Änderungen werden vorgemerkt</translation>
    </message>
    <message>
        <source>Writing the index</source>
        <translation>Index wird geschrieben</translation>
    </message>
    <message>
        <source>Writing the tree</source>
        <translation>Baum wird geschrieben</translation>
    </message>
    <message>
        <source>There is nothing to commit: the work tree has no changes.</source>
        <translation>Es gibt nichts zu committen: der Arbeitsbaum hat keine Änderungen.</translation>
    </message>
    <message>
        <source>Author %1</source>
        <translation>Autor %1</translation>
    </message>
    <message>
        <source>Creating the commit</source>
        <translation>Commit wird erstellt</translation>
    </message>
    <message>
        <source>Could not commit on %1: %2</source>
        <translation>Commit auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Committed %1 on branch %2 as %3.</source>
        <translation>%1 auf Branch %2 als %3 committet.</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::MigrationBranch</name>
    <message>
        <source>&quot;%1&quot; is not a valid branch name.</source>
        <translation>„%1“ ist kein gültiger Branch-Name.</translation>
    </message>
    <message>
        <source>The branch %1 already exists and points at another commit. Choose another branch name, or switch to it and apply the fixes there.</source>
        <translation>Der Branch %1 existiert bereits und zeigt auf einen anderen Commit. Wählen Sie einen anderen Branch-Namen, oder wechseln Sie dorthin und wenden Sie die Korrekturen dort an.</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::Pusher</name>
    <message>
        <source>The repository has no remote named %1.</source>
        <translation>Das Repository hat kein Remote namens %1.</translation>
    </message>
    <message>
        <source>The push was rejected: the branch %1 on %2 has commits that are not in your branch (not a fast-forward). Push to a new branch name, or fetch and rebase your fixes onto the remote branch first.</source>
        <translation>Der Push wurde abgelehnt: der Branch %1 auf %2 hat Commits, die nicht in Ihrem Branch sind (kein Fast-Forward). Pushen Sie auf einen neuen Branch-Namen, oder holen Sie zuerst und rebasen Sie Ihre Korrekturen auf den entfernten Branch.</translation>
    </message>
    <message>
        <source>The remote rejected the push of %1: %2</source>
        <translation>Die Gegenstelle hat den Push von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Could not push %1 to %2: %3</source>
        <translation>%1 konnte nicht nach %2 gepusht werden: %3</translation>
    </message>
    <message>
        <source>Pushed %1 to %2.</source>
        <translation>%1 nach %2 gepusht.</translation>
    </message>
    <message>
        <source>Open a pull/merge request: %1</source>
        <translation>Einen Pull-/Merge-Request öffnen: %1</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::RemoteSession</name>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation>Das Zertifikat von %1 konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The server asks for a kind of authentication Armlift does not support.</source>
        <translation>Der Server verlangt eine Authentifizierungsart, die Armlift nicht unterstützt.</translation>
    </message>
    <message>
        <source>The saved credential for %1@%2 was rejected.</source>
        <translation>Die gespeicherten Zugangsdaten für %1@%2 wurden abgelehnt.</translation>
    </message>
    <message>
        <source>The server did not accept that credential.</source>
        <translation>Der Server hat diese Zugangsdaten nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The server at %1 needs a credential and none was given.</source>
        <translation>Der Server unter %1 braucht Zugangsdaten, und es wurden keine angegeben.</translation>
    </message>
    <message>
        <source>The SSH server&apos;s host key could not be read, so it cannot be checked.</source>
        <translation>Der Host-Schlüssel des SSH-Servers konnte nicht gelesen werden und lässt sich daher nicht prüfen.</translation>
    </message>
    <message>
        <source>The SSH host key of %1 (%2 %3) does not match the one in %4. Someone may be intercepting the connection, or the server&apos;s key was replaced: check with its administrator before changing %4.</source>
        <translation>Der SSH-Host-Schlüssel von %1 (%2 %3) stimmt nicht mit dem in %4 überein. Möglicherweise wird die Verbindung abgefangen, oder der Schlüssel des Servers wurde ersetzt: klären Sie das mit dessen Administrator, bevor Sie %4 ändern.</translation>
    </message>
    <message>
        <source>The SSH host key of %1 (%2) is not known and was not accepted.</source>
        <translation>Der SSH-Host-Schlüssel von %1 (%2) ist unbekannt und wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Could not add the host key to %1: %2</source>
        <translation>Der Host-Schlüssel konnte nicht zu %1 hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>The certificate is not signed by a trusted authority or does not match the host name.</source>
        <translation>Das Zertifikat ist nicht von einer vertrauenswürdigen Stelle signiert oder passt nicht zum Hostnamen.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified (%2) and was not trusted. SHA-256 fingerprint: %3</source>
        <translation>Das TLS-Zertifikat von %1 konnte nicht überprüft werden (%2) und wurde nicht als vertrauenswürdig eingestuft. SHA-256-Fingerabdruck: %3</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::Status</name>
    <message>
        <source>The author &quot;%1&quot; is not in the form &quot;Name &lt;email&gt;&quot;.</source>
        <translation>Der Autor „%1“ hat nicht die Form „Name &lt;email&gt;“.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The host could not be reached. Check the address and your network connection.</source>
        <translation>Der Host ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Authentication failed: the server did not accept the user name, password, token or key.</source>
        <translation>Authentifizierung fehlgeschlagen: der Server hat Benutzernamen, Passwort, Token oder Schlüssel nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The repository was not found. Check the URL, or whether you have access to it.</source>
        <translation>Das Repository wurde nicht gefunden. Prüfen Sie die URL oder ob Sie Zugriff darauf haben.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified, so the connection was refused.</source>
        <translation>Das TLS-Zertifikat des Servers konnte nicht überprüft werden, daher wurde die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The SSH host key was not accepted: it does not match ~/.ssh/known_hosts or was refused.</source>
        <translation>Der SSH-Host-Schlüssel wurde nicht akzeptiert: er passt nicht zu ~/.ssh/known_hosts oder wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicher frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The remote rejected the update.</source>
        <translation>Die Gegenstelle hat die Aktualisierung abgelehnt.</translation>
    </message>
    <message>
        <source>No commit author is configured. Set user.name and user.email with git config, in Settings, or pass --author &quot;Name &lt;email&gt;&quot;.</source>
        <translation>Kein Commit-Autor eingerichtet. Setzen Sie user.name und user.email mit git config, in den Einstellungen, oder übergeben Sie --author &quot;Name &lt;email&gt;&quot;.</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>Die Anfrage ist ungültig.</translation>
    </message>
    <message>
        <source>The git operation failed.</source>
        <translation>Der Git-Vorgang ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::TransferProgress</name>
    <message>
        <source>Receiving objects: %1/%2, %3</source>
        <translation>Objekte werden empfangen: %1/%2, %3</translation>
    </message>
    <message>
        <source>Resolving deltas: %1/%2</source>
        <translation>Deltas werden aufgelöst: %1/%2</translation>
    </message>
    <message>
        <source>Checking out files: %1/%2</source>
        <translation>Dateien werden ausgecheckt: %1/%2</translation>
    </message>
    <message>
        <source>Sending objects: %1/%2, %3</source>
        <translation>Objekte werden gesendet: %1/%2, %3</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::WorkTreeStatus</name>
    <message>
        <source>detached HEAD</source>
        <translation>losgelöster HEAD</translation>
    </message>
    <message>
        <source>%1, clean</source>
        <translation>%1, sauber</translation>
    </message>
    <message>
        <source>%1, 1 changed file</source>
        <translation>%1, 1 geänderte Datei</translation>
    </message>
    <message>
        <source>%1, %2 changed files</source>
        <translation>%1, %2 geänderte Dateien</translation>
    </message>
</context>
<context>
    <name>Armlift::GitActions</name>
    <message>
        <source>&amp;Clone Repository…</source>
        <translation>Repository &amp;klonen…</translation>
    </message>
    <message>
        <source>Create &amp;Migration Branch</source>
        <translation>&amp;Migrations-Branch anlegen</translation>
    </message>
    <message>
        <source>&amp;Commit Fixes…</source>
        <translation>Korrekturen &amp;committen…</translation>
    </message>
    <message>
        <source>&amp;Push…</source>
        <translation>&amp;Pushen…</translation>
    </message>
    <message>
        <source>Saved &amp;Credentials…</source>
        <translation>Gespeicherte &amp;Zugangsdaten…</translation>
    </message>
    <message>
        <source>Uncommitted Changes</source>
        <translation>Nicht committete Änderungen</translation>
    </message>
    <message>
        <source>The work tree has changes that are not committed (%1). Fixes will be mixed with them in the next commit. Apply the fixes anyway?</source>
        <translation>Der Arbeitsbaum hat nicht committete Änderungen (%1). Die Korrekturen werden im nächsten Commit mit ihnen vermischt. Korrekturen trotzdem anwenden?</translation>
    </message>
    <message>
        <source>Create Migration Branch</source>
        <translation>Migrations-Branch anlegen</translation>
    </message>
    <message>
        <source>Branch name:</source>
        <translation>Branch-Name:</translation>
    </message>
    <message>
        <source>On branch %1; your changes are kept.</source>
        <translation>Auf Branch %1; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Committed %1 on %2.</source>
        <translation>%1 auf %2 committet.</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Pushen</translation>
    </message>
    <message>
        <source>Pushed %1.</source>
        <translation>%1 gepusht.</translation>
    </message>
    <message>
        <source>Saved Credentials</source>
        <translation>Gespeicherte Zugangsdaten</translation>
    </message>
    <message>
        <source>There is no branch to push: check out a branch first (Git &gt; Create Migration Branch).</source>
        <translation>Es gibt keinen Branch zum Pushen: checken Sie zuerst einen Branch aus (Git &gt; Migrations-Branch anlegen).</translation>
    </message>
</context>
<context>
    <name>Armlift::HostKeyDialog</name>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (Port %2)</translation>
    </message>
    <message>
        <source>Unknown SSH Host</source>
        <translation>Unbekannter SSH-Host</translation>
    </message>
    <message>
        <source>The authenticity of %1 cannot be established: its %2 key is not in %3.

Compare the fingerprint below with the one your server&apos;s administrator or hosting provider publishes. Trusting adds the key to %3.</source>
        <translation>Die Echtheit von %1 lässt sich nicht feststellen: sein %2-Schlüssel ist nicht in %3.

Vergleichen Sie den Fingerabdruck unten mit dem, den der Administrator oder Hoster Ihres Servers veröffentlicht. Vertrauen fügt den Schlüssel zu %3 hinzu.</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified:
%2

Someone may be intercepting the connection. Only continue if you know this server uses its own certificate and the SHA-256 fingerprint below matches it.</source>
        <translation>Das TLS-Zertifikat von %1 konnte nicht überprüft werden:
%2

Möglicherweise wird die Verbindung abgefangen. Fahren Sie nur fort, wenn Sie wissen, dass dieser Server ein eigenes Zertifikat verwendet und der SHA-256-Fingerabdruck unten dazu passt.</translation>
    </message>
    <message>
        <source>Trust This Certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
</context>
<context>
    <name>Armlift::HtmlReportWriter</name>
    <message>
        <source>Armlift report</source>
        <translation>Armlift-Bericht</translation>
    </message>
    <message>
        <source>%1 %2, root %3: %4 files scanned, %5 problems, %6 fixable.</source>
        <translation>%1 %2, Wurzel %3: %4 Dateien geprüft, %5 Probleme, %6 behebbar.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Migration effort by repository</source>
        <translation>Migrationsaufwand nach Repository</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Readiness by file</source>
        <translation>Bereitschaft nach Datei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>Files that could not be scanned</source>
        <translation>Dateien, die nicht geprüft werden konnten</translation>
    </message>
</context>
<context>
    <name>Armlift::HttpClient</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
    <message>
        <source>no answer from %1 in time</source>
        <translation>keine rechtzeitige Antwort von %1</translation>
    </message>
    <message>
        <source>the answer from %1 is larger than %2 MB</source>
        <translation>die Antwort von %1 ist größer als %2 MB</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Armlift::MainWindow</name>
    <message>
        <source>Armlift</source>
        <translation>Armlift</translation>
    </message>
    <message>
        <source>Project summary</source>
        <translation>Projektübersicht</translation>
    </message>
    <message>
        <source>Project files</source>
        <translation>Projektdateien</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Dateien filtern</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Fix applied to %1. Undo with Ctrl+Z; save with Ctrl+S.</source>
        <translation>Korrektur auf %1 angewendet. Rückgängig mit Strg+Z; speichern mit Strg+S.</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>Scan-Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel scan</source>
        <translation>Scan abbrechen</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose a folder with File &gt; Open Folder.</source>
        <translation>%1 existiert nicht. Wählen Sie einen Ordner mit Datei &gt; Ordner öffnen.</translation>
    </message>
    <message>
        <source>%1 — Armlift</source>
        <translation>%1 — Armlift</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Prüfe %1…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <source>Scan cancelled; the problems shown may be incomplete. Press F5 to scan again.</source>
        <translation>Scan abgebrochen; die angezeigten Probleme sind womöglich unvollständig. Drücken Sie F5, um erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Scan finished: %1</source>
        <translation>Scan abgeschlossen: %1</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>%1, %2, %3 fixable</source>
        <translation>%1, %2, %3 behebbar</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 Dockerfiles ready for arm64</source>
        <translation>%1 — %2 von %3 Dockerfiles bereit für arm64</translation>
    </message>
    <message>
        <source>No quick fix here. Problems with fixes have a light bulb in the gutter; F8 jumps to the next problem.</source>
        <translation>Hier gibt es keine Schnellkorrektur. Probleme mit Korrekturen haben eine Glühbirne am Rand; F8 springt zum nächsten Problem.</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>Ordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>A&amp;lle speichern</translation>
    </message>
    <message>
        <source>&amp;Revert File</source>
        <translation>Datei &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Revert File</source>
        <translation>Datei zurücksetzen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to %1?</source>
        <translation>Die ungespeicherten Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&amp;Close File</source>
        <translation>Datei s&amp;chließen</translation>
    </message>
    <message>
        <source>Re&amp;scan Project</source>
        <translation>Projekt erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>S&amp;top Scan</source>
        <translation>Scan s&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Quick Fix…</source>
        <translation>&amp;Schnellkorrektur…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Word Wrap</source>
        <translation>&amp;Zeilenumbruch</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>&amp;Vorheriges Problem</translation>
    </message>
    <message>
        <source>&amp;Filter Files</source>
        <translation>Dateien &amp;filtern</translation>
    </message>
    <message>
        <source>Show Pro&amp;blems</source>
        <translation>Pro&amp;bleme anzeigen</translation>
    </message>
    <message>
        <source>Filter Problems</source>
        <translation>Probleme filtern</translation>
    </message>
    <message>
        <source>&amp;Large Workshop Text</source>
        <translation>&amp;Großer Workshop-Text</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About Armlift</source>
        <translation>Ü&amp;ber Armlift</translation>
    </message>
    <message>
        <source>About Armlift</source>
        <translation>Über Armlift</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Armlift %1&lt;/h3&gt;&lt;p&gt;Finds what breaks when container builds move from x86_64 to arm64, and fixes it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Armlift %1&lt;/h3&gt;&lt;p&gt;Findet, was bricht, wenn Container-Builds von x86_64 auf arm64 umziehen, und behebt es.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>Zeile (1–%1):</translation>
    </message>
    <message>
        <source>Build for arm64</source>
        <translation>Für arm64 bauen</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>&amp;Git</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Computing the fixes… (Cancel stops it)</source>
        <translation>Korrekturen werden berechnet… (Abbrechen stoppt den Vorgang)</translation>
    </message>
    <message>
        <source>Fix All of This &amp;Kind in This File…</source>
        <translation>Alle Probleme dieser &amp;Art in dieser Datei beheben…</translation>
    </message>
    <message>
        <source>Put the cursor on a problem with a fix (or select one in Problems) first.</source>
        <translation>Setzen Sie zuerst den Cursor auf ein Problem mit Korrektur (oder wählen Sie eines unter Probleme).</translation>
    </message>
    <message>
        <source>Fix All &amp;Safe Problems in Project…</source>
        <translation>Alle sicheren Probleme im &amp;Projekt beheben…</translation>
    </message>
    <message>
        <source>The workshop was reset to a fresh copy in %1.</source>
        <translation>Der Workshop wurde in %1 durch eine frische Kopie ersetzt.</translation>
    </message>
    <message>
        <source>Workshop: your copy is in %1.</source>
        <translation>Workshop: Ihre Kopie liegt in %1.</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>&amp;Reset Workshop…</source>
        <translation>Workshop &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset Workshop</source>
        <translation>Workshop zurücksetzen</translation>
    </message>
    <message>
        <source>Replace your workshop copy with a fresh one? Every change you made in it is lost.</source>
        <translation>Ihre Workshop-Kopie durch eine frische ersetzen? Alle Änderungen, die Sie darin gemacht haben, gehen verloren.</translation>
    </message>
    <message>
        <source>Git status</source>
        <translation>Git-Status</translation>
    </message>
    <message>
        <source>Git: %1</source>
        <translation>Git: %1</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Su&amp;chen…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>Erse&amp;tzen…</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
</context>
<context>
    <name>Armlift::MaintainerRequests</name>
    <message>
        <source>this project</source>
        <translation>dieses Projekt</translation>
    </message>
    <message>
        <source>Please publish a linux/arm64 variant of %1</source>
        <translation>Bitte veröffentlichen Sie eine linux/arm64-Variante von %1</translation>
    </message>
    <message>
        <source>Please publish manylinux aarch64 wheels for %1</source>
        <translation>Bitte veröffentlichen Sie manylinux-aarch64-Wheels für %1</translation>
    </message>
    <message>
        <source>Please publish a linux-arm64 (aarch64) build of %1</source>
        <translation>Bitte veröffentlichen Sie einen linux-arm64-Build (aarch64) von %1</translation>
    </message>
    <message>
        <source>a multi-arch image index that includes linux/arm64 (for example built with `docker buildx build --platform linux/amd64,linux/arm64` or `buildah manifest push --all`)</source>
        <translation>ein Multi-Arch-Image-Index, der linux/arm64 enthält (zum Beispiel gebaut mit `docker buildx build --platform linux/amd64,linux/arm64` oder `buildah manifest push --all`)</translation>
    </message>
    <message>
        <source>wheels tagged `manylinux2014_aarch64` (or `manylinux_2_28_aarch64`) on PyPI, for example built with cibuildwheel on an arm64 runner</source>
        <translation>Wheels mit dem Tag `manylinux2014_aarch64` (oder `manylinux_2_28_aarch64`) auf PyPI, zum Beispiel mit cibuildwheel auf einem arm64-Runner gebaut</translation>
    </message>
    <message>
        <source>a release artefact for linux-arm64 / aarch64 next to the x86_64 one</source>
        <translation>ein Release-Artefakt für linux-arm64 / aarch64 neben dem für x86_64</translation>
    </message>
    <message>
        <source>We are moving our container builds from x86_64 to arm64 (AWS Graviton, Ampere, Apple silicon) and %1 is the part that blocks us.

**What happens on arm64**

%2

**What would help**

%3.

Newer releases of many projects already ship arm64 builds; if there is a release or a build flag we missed, a pointer would be just as welcome. Thank you!

_Found by Armlift (rule %4)._</source>
        <translation>Wir ziehen unsere Container-Builds von x86_64 auf arm64 um (AWS Graviton, Ampere, Apple Silicon), und %1 ist der Teil, der uns blockiert.

**Was auf arm64 passiert**

%2

**Was helfen würde**

%3.

Neuere Versionen vieler Projekte liefern bereits arm64-Builds; falls es eine Version oder ein Build-Flag gibt, das wir übersehen haben, freuen wir uns ebenso über einen Hinweis. Vielen Dank!

_Gefunden von Armlift (Regel %4)._</translation>
    </message>
</context>
<context>
    <name>Armlift::MarkdownReportWriter</name>
    <message>
        <source>Armlift report</source>
        <translation>Armlift-Bericht</translation>
    </message>
    <message>
        <source>%1 files scanned, %2 problems, %3 fixable.</source>
        <translation>%1 Dateien geprüft, %2 Probleme, %3 behebbar.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Files that could not be scanned</source>
        <translation>Dateien, die nicht geprüft werden konnten</translation>
    </message>
</context>
<context>
    <name>Armlift::MigrationSummary</name>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Base images and platform</source>
        <translation>Basis-Images und Plattform</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Python packages</source>
        <translation>Python-Pakete</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>Native code</source>
        <translation>Nativer Code</translation>
    </message>
    <message>
        <source>x86-only artefacts and build planning</source>
        <translation>Artefakte nur für x86 und Build-Planung</translation>
    </message>
    <message>
        <source>npm and RubyGems</source>
        <translation>npm und RubyGems</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Fixes available</source>
        <translation>Korrekturen verfügbar</translation>
    </message>
    <message>
        <source>Manual work</source>
        <translation>Manuelle Arbeit</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
</context>
<context>
    <name>Armlift::OnlineActions</name>
    <message>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <source>registry %1, PyPI %2, go.dev %3; %4</source>
        <translation>Registry %1, PyPI %2, go.dev %3; %4</translation>
    </message>
    <message>
        <source>Check &amp;Online</source>
        <translation>&amp;Online prüfen</translation>
    </message>
    <message>
        <source>O&amp;nline Check Settings…</source>
        <translation>Einstellungen der O&amp;nline-Prüfung…</translation>
    </message>
    <message>
        <source>Ask the registries, PyPI and go.dev about the project&apos;s base images and packages</source>
        <translation>Registries, PyPI und go.dev nach den Basis-Images und Paketen des Projekts fragen</translation>
    </message>
    <message>
        <source>Online check progress</source>
        <translation>Fortschritt der Online-Prüfung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel online check</source>
        <translation>Online-Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Checking with the cache only (the network is off in the settings)…</source>
        <translation>Prüfe nur mit dem Cache (das Netzwerk ist in den Einstellungen ausgeschaltet)…</translation>
    </message>
    <message>
        <source>Checking registries, PyPI and go.dev…</source>
        <translation>Prüfe Registries, PyPI und go.dev…</translation>
    </message>
    <message>
        <source>Online check cancelled; the findings are unchanged.</source>
        <translation>Online-Prüfung abgebrochen; die Befunde sind unverändert.</translation>
    </message>
    <message>
        <source>The project changed during the online check, so its result was dropped. Press %1 to check again.</source>
        <translation>Das Projekt hat sich während der Online-Prüfung geändert, daher wurde ihr Ergebnis verworfen. Drücken Sie %1, um erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Online check: %1</source>
        <translation>Online-Prüfung: %1</translation>
    </message>
    <message>
        <source>%1 (and %2 more questions without an answer)</source>
        <translation>%1 (und %2 weitere Fragen ohne Antwort)</translation>
    </message>
    <message>
        <source>Online Check Settings</source>
        <translation>Einstellungen der Online-Prüfung</translation>
    </message>
</context>
<context>
    <name>Armlift::OnlineCache</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Armlift::OnlineSettingsPage</name>
    <message>
        <source>&amp;Use the network (off: only the cache and the bundled knowledge base)</source>
        <translation>&amp;Netzwerk verwenden (aus: nur der Cache und die mitgelieferte Wissensbasis)</translation>
    </message>
    <message>
        <source>Check online after every &amp;scan</source>
        <translation>Nach jedem &amp;Scan online prüfen</translation>
    </message>
    <message>
        <source>&amp;Add Login</source>
        <translation>Anmeldung hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>One HOST:PORT per line, e.g. 127.0.0.1:5000</source>
        <translation>Ein HOST:PORT pro Zeile, z. B. 127.0.0.1:5000</translation>
    </message>
    <message>
        <source>Plain-HTTP registries</source>
        <translation>Registries mit unverschlüsseltem HTTP</translation>
    </message>
    <message>
        <source>registry.example.com or docker.io</source>
        <translation>registry.example.com oder docker.io</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>Passwort oder Token</translation>
    </message>
    <message>
        <source>&amp;PyPI JSON API:</source>
        <translation>&amp;PyPI-JSON-API:</translation>
    </message>
    <message>
        <source>&amp;Go downloads:</source>
        <translation>&amp;Go-Downloads:</translation>
    </message>
    <message>
        <source>Plain-&amp;HTTP registries:</source>
        <translation>Registries mit unverschlüsseltem &amp;HTTP:</translation>
    </message>
    <message>
        <source>Registry logins (secrets are kept in the system keychain only)</source>
        <translation>Registry-Anmeldungen (die Geheimnisse liegen nur im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>&amp;Registry:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word or token:</source>
        <translation>Pass&amp;wort oder Token:</translation>
    </message>
    <message>
        <source>The PyPI URL &quot;%1&quot; is not an http or https URL, e.g. %2.</source>
        <translation>Die PyPI-URL „%1“ ist keine http- oder https-URL (z. B. %2).</translation>
    </message>
    <message>
        <source>The Go downloads URL &quot;%1&quot; is not an http or https URL, e.g. %2.</source>
        <translation>Die URL für Go-Downloads „%1“ ist keine http- oder https-URL (z. B. %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; under plain-HTTP registries is not HOST or HOST:PORT.</source>
        <translation>„%1“ unter den Registries mit unverschlüsseltem HTTP ist nicht HOST oder HOST:PORT.</translation>
    </message>
    <message>
        <source>No keychain is available, so logins cannot be saved.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher können Anmeldungen nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Enter the registry, the user and the password or token of the login.</source>
        <translation>Geben Sie Registry, Benutzer und Passwort oder Token der Anmeldung ein.</translation>
    </message>
    <message>
        <source>Could not save the login in the keychain: %1</source>
        <translation>Die Anmeldung konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not remove the login from the keychain: %1</source>
        <translation>Die Anmeldung konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Armlift::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Armlift::ProblemsView</name>
    <message>
        <source>Filter problems (rule, file, message)</source>
        <translation>Probleme filtern (Regel, Datei, Meldung)</translation>
    </message>
    <message>
        <source>Problems filter</source>
        <translation>Problemfilter</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1 info</source>
        <translation>%1 Hinweise</translation>
    </message>
    <message>
        <source>Go to Problem</source>
        <translation>Gehe zu Problem</translation>
    </message>
    <message>
        <source>Fix All %1 Problems in This File</source>
        <translation>Alle %1-Probleme in dieser Datei beheben</translation>
    </message>
    <message>
        <source>Fix All Safe Problems in Project</source>
        <translation>Alle sicheren Probleme im Projekt beheben</translation>
    </message>
</context>
<context>
    <name>Armlift::ProjectConfig</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1:%2: invalid JSON: %3</source>
        <translation>%1:%2: ungültiges JSON: %3</translation>
    </message>
    <message>
        <source>%1: unknown severity &apos;%2&apos; for %3 (use error, warning or info)</source>
        <translation>%1: unbekannter Schweregrad &apos;%2&apos; für %3 (verwenden Sie error, warning oder info)</translation>
    </message>
</context>
<context>
    <name>Armlift::ProjectFixer</name>
    <message>
        <source>%1: not a file inside the scanned folder; the fix was not applied</source>
        <translation>%1: keine Datei im geprüften Ordner; die Korrektur wurde nicht angewendet</translation>
    </message>
    <message>
        <source>%1: cannot read: %2; nothing was changed</source>
        <translation>%1: nicht lesbar: %2; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1: binary file (contains NUL bytes); nothing was changed</source>
        <translation>%1: Binärdatei (enthält NUL-Bytes); es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8, writing it back would damage it; convert it to UTF-8 and run --fix again. Nothing was changed</source>
        <translation>%1: kein gültiges UTF-8, Zurückschreiben würde die Datei beschädigen; wandeln Sie sie in UTF-8 um und führen Sie --fix erneut aus. Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1: outside the scanned folder; nothing was changed</source>
        <translation>%1: außerhalb des geprüften Ordners; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1: cannot write: %2; nothing was changed</source>
        <translation>%1: nicht schreibbar: %2; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: nicht schreibbar: %2</translation>
    </message>
</context>
<context>
    <name>Armlift::ProjectScanner</name>
    <message>
        <source>%1: folder cannot be read; skipped</source>
        <translation>%1: Ordner nicht lesbar; übersprungen</translation>
    </message>
    <message>
        <source>%1: symbolic link to outside the scanned folder; not followed</source>
        <translation>%1: symbolischer Link nach außerhalb des geprüften Ordners; nicht verfolgt</translation>
    </message>
</context>
<context>
    <name>Armlift::ProjectTreeModel</name>
    <message>
        <source>%1, 1 problem</source>
        <translation>%1, 1 Problem</translation>
    </message>
    <message>
        <source>%1, %2 problems</source>
        <translation>%1, %2 Probleme</translation>
    </message>
    <message>
        <source>%1, ready for arm64</source>
        <translation>%1, bereit für arm64</translation>
    </message>
</context>
<context>
    <name>Armlift::PushDialog</name>
    <message>
        <source>Push</source>
        <translation>Pushen</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>&amp;Remote:</source>
        <translation>&amp;Remote:</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Pushen</translation>
    </message>
    <message>
        <source>This repository has no remote to push to. Add one with &lt;code&gt;git remote add origin URL&lt;/code&gt;.</source>
        <translation>Dieses Repository hat kein Remote zum Pushen. Fügen Sie eines mit &lt;code&gt;git remote add origin URL&lt;/code&gt; hinzu.</translation>
    </message>
    <message>
        <source>Push %1 to the remote&apos;s branch of the same name.</source>
        <translation>%1 auf den gleichnamigen Branch des Remotes pushen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Pushed %1 to %2 (%3).</source>
        <translation>%1 nach %2 gepusht (%3).</translation>
    </message>
    <message>
        <source>Open a pull/merge request: %1</source>
        <translation>Einen Pull-/Merge-Request öffnen: %1</translation>
    </message>
    <message>
        <source>The push was cancelled.</source>
        <translation>Der Push wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not push: %1</source>
        <translation>Push fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Armlift::QuickFixController</name>
    <message>
        <source>Quick fixes</source>
        <translation>Schnellkorrekturen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 no longer reports [%2] at line %3; the text changed. Nothing was changed.</source>
        <translation>%1 meldet [%2] in Zeile %3 nicht mehr; der Text hat sich geändert. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The fix also changes %1, which has unsaved changes. Save %1 first, then apply the fix.</source>
        <translation>Die Korrektur ändert auch %1, das ungespeicherte Änderungen hat. Speichern Sie zuerst %1 und wenden Sie dann die Korrektur an.</translation>
    </message>
    <message>
        <source>%1 changed while the fix was previewed; it was not changed. Try the fix again.</source>
        <translation>%1 wurde während der Vorschau der Korrektur geändert; es wurde nicht verändert. Versuchen Sie die Korrektur erneut.</translation>
    </message>
    <message>
        <source>Fix All %1 Problems in This File</source>
        <translation>Alle %1-Probleme in dieser Datei beheben</translation>
    </message>
    <message>
        <source>Fix All Safe Problems in Project</source>
        <translation>Alle sicheren Probleme im Projekt beheben</translation>
    </message>
    <message>
        <source>Fix All %1 Problems in %2</source>
        <translation>Alle %1-Probleme in %2 beheben</translation>
    </message>
    <message>
        <source>Open a folder first (File &gt; Open Folder); fix-all works on a project.</source>
        <translation>Öffnen Sie zuerst einen Ordner (Datei &gt; Ordner öffnen); die Sammelkorrektur arbeitet auf einem Projekt.</translation>
    </message>
    <message>
        <source>Fix-all cancelled; nothing was changed.</source>
        <translation>Sammelkorrektur abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1: no fix could be applied automatically; fix the rest by hand.</source>
        <translation>%1: keine Korrektur konnte automatisch angewendet werden; beheben Sie den Rest von Hand.</translation>
    </message>
    <message>
        <source>%1: nothing to fix.</source>
        <translation>%1: nichts zu beheben.</translation>
    </message>
    <message>
        <source>%1 changed while the fixes were previewed; it was not changed. Run the fix-all again.</source>
        <translation>%1 wurde während der Vorschau der Korrekturen geändert; es wurde nicht verändert. Führen Sie die Sammelkorrektur erneut aus.</translation>
    </message>
    <message>
        <source>Could not read %1: %2; no file was changed.</source>
        <translation>%1 konnte nicht gelesen werden: %2; es wurde keine Datei geändert.</translation>
    </message>
    <message>
        <source>%1 changed on disk while the fixes were previewed; no file was changed. Run the fix-all again.</source>
        <translation>%1 wurde während der Vorschau der Korrekturen auf dem Datenträger geändert; es wurde keine Datei geändert. Führen Sie die Sammelkorrektur erneut aus.</translation>
    </message>
    <message>
        <source>Could not write %1: %2; no file was changed.</source>
        <translation>%1 konnte nicht geschrieben werden: %2; es wurde keine Datei geändert.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Armlift::ReadinessChart</name>
    <message>
        <source>Readiness chart</source>
        <translation>Bereitschaftsdiagramm</translation>
    </message>
    <message>
        <source>%1 of %2 files ready for arm64</source>
        <translation>%1 von %2 Dateien bereit für arm64</translation>
    </message>
    <message>
        <source>%1: %2 errors, %3 warnings, %4 info</source>
        <translation>%1: %2 Fehler, %3 Warnungen, %4 Hinweise</translation>
    </message>
    <message>
        <source>Fixable: %1, manual: %2</source>
        <translation>Behebbar: %1, manuell: %2</translation>
    </message>
    <message>
        <source>%1: %2 (effort %3)</source>
        <translation>%1: %2 (Aufwand %3)</translation>
    </message>
    <message>
        <source>Fixable / manual</source>
        <translation>Behebbar / manuell</translation>
    </message>
</context>
<context>
    <name>Armlift::RecipeCommand</name>
    <message>
        <source>Usage: armlift-scan --recipe %1 [--image NAME] [--tag TAG] [--registry HOST] [--no-native-arm-runners] [--output FILE] PATH</source>
        <translation>Aufruf: armlift-scan --recipe %1 [--image NAME] [--tag TAG] [--registry HOST] [--no-native-arm-runners] [--output FILE] PATH</translation>
    </message>
    <message>
        <source>unknown option %1 for --recipe</source>
        <translation>unbekannte Option %1 für --recipe</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown recipe &apos;%1&apos; (one of: %2)</source>
        <translation>unbekanntes Rezept &apos;%1&apos; (eines von: %2)</translation>
    </message>
    <message>
        <source>--recipe takes one PATH</source>
        <translation>--recipe nimmt einen PATH</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>placeholder: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>wrote %1 (suggested name: %2)</source>
        <translation>%1 geschrieben (vorgeschlagener Name: %2)</translation>
    </message>
</context>
<context>
    <name>Armlift::RegistryClient</name>
    <message>
        <source>cannot reach the registry of %1 (%2)</source>
        <translation>die Registry von %1 ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <source>the registry %1 refused access to %2 (HTTP %3): add credentials for it in the settings</source>
        <translation>die Registry %1 hat den Zugriff auf %2 verweigert (HTTP %3): hinterlegen Sie in den Einstellungen Zugangsdaten dafür</translation>
    </message>
    <message>
        <source>%1 does not exist on %2</source>
        <translation>%1 existiert nicht auf %2</translation>
    </message>
    <message>
        <source>the registry %1 limits the request rate; %2 was not checked</source>
        <translation>die Registry %1 begrenzt die Anfragerate; %2 wurde nicht geprüft</translation>
    </message>
    <message>
        <source>the registry %1 sent a manifest for %2 that is not understood</source>
        <translation>die Registry %1 hat für %2 ein Manifest gesendet, das nicht verstanden wird</translation>
    </message>
    <message>
        <source>the registry of %1 answered HTTP %2</source>
        <translation>die Registry von %1 hat mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <source>offline: %1 is not in the cache</source>
        <translation>offline: %1 ist nicht im Cache</translation>
    </message>
</context>
<context>
    <name>Armlift::ReportFile</name>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>HTML-Bericht (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>SARIF for code scanning (*.sarif *.sarif.json)</source>
        <translation>SARIF für Code-Scanning (*.sarif *.sarif.json)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>%1: unknown report type; name the file .html, .md, .sarif, .json, .csv or .txt</source>
        <translation>%1: unbekannter Berichtstyp; benennen Sie die Datei .html, .md, .sarif, .json, .csv oder .txt</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2; choose another folder</source>
        <translation>%1: der Bericht kann nicht geschrieben werden: %2; wählen Sie einen anderen Ordner</translation>
    </message>
</context>
<context>
    <name>Armlift::ReportSections</name>
    <message>
        <source>Readiness overview: findings by category and severity, fixable versus manual</source>
        <translation>Bereitschaftsübersicht: Befunde nach Kategorie und Schweregrad, behebbar gegenüber manuell</translation>
    </message>
    <message>
        <source>Fixable (green) / manual (grey)</source>
        <translation>Behebbar (grün) / manuell (grau)</translation>
    </message>
    <message>
        <source>Red: errors, amber: warnings, blue: info.</source>
        <translation>Rot: Fehler, Gelb: Warnungen, Blau: Hinweise.</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Fixable</source>
        <translation>Behebbar</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Effort points: a manual error 8, a fixable error 2, a manual warning 3, a fixable warning 1. They rank the work; they are not hours.</source>
        <translation>Aufwandspunkte: ein manueller Fehler 8, ein behebbarer Fehler 2, eine manuelle Warnung 3, eine behebbare Warnung 1. Sie ordnen die Arbeit; es sind keine Stunden.</translation>
    </message>
    <message>
        <source>Findings by file</source>
        <translation>Befunde nach Datei</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Rules in this report</source>
        <translation>Regeln in diesem Bericht</translation>
    </message>
    <message>
        <source>Ask the maintainers</source>
        <translation>Die Maintainer fragen</translation>
    </message>
    <message>
        <source>These have no arm64 build upstream. Newer versions often do; if not, open (or +1) an issue upstream with the text below.</source>
        <translation>Für diese gibt es upstream keinen arm64-Build. Neuere Versionen haben oft einen; falls nicht, eröffnen Sie (oder +1) ein Issue upstream mit dem Text unten.</translation>
    </message>
    <message>
        <source>Migration effort by repository</source>
        <translation>Migrationsaufwand nach Repository</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Readiness by file</source>
        <translation>Bereitschaft nach Datei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>These have no arm64 build upstream; open (or +1) an issue with the prefilled text.</source>
        <translation>Für diese gibt es upstream keinen arm64-Build; eröffnen Sie (oder +1) ein Issue mit dem vorausgefüllten Text.</translation>
    </message>
</context>
<context>
    <name>Armlift::ReportWriter</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Armlift::ScanCommand</name>
    <message>
        <source>Try &apos;armlift-scan --help&apos; for the options.</source>
        <translation>Die Optionen zeigt &apos;armlift-scan --help&apos;.</translation>
    </message>
    <message>
        <source>%1 files, %2 problems (%3 errors, %4 warnings, %5 info), %6 fixable</source>
        <translation>%1 Dateien, %2 Probleme (%3 Fehler, %4 Warnungen, %5 Hinweise), %6 behebbar</translation>
    </message>
    <message>
        <source>armlift-scan: %1: no such file or folder</source>
        <translation>armlift-scan: %1: Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>armlift-scan: %1: cannot read it (permission denied); check its permissions</source>
        <translation>armlift-scan: %1: nicht lesbar (Zugriff verweigert); prüfen Sie die Berechtigungen</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: Fehler: %2</translation>
    </message>
    <message>
        <source>armlift-scan: %1: cannot write the report: %2</source>
        <translation>armlift-scan: %1: der Bericht kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source><byte value="xd"/>Scanning %1: %2/%3 files</source>
        <translation><byte value="xd"/>Scanne %1: %2/%3 Dateien</translation>
    </message>
    <message>
        <source>%1:%2:%3: note: a fix was not applied because it overlaps another one here; apply it by hand in the editor</source>
        <translation>%1:%2:%3: Hinweis: eine Korrektur wurde nicht angewendet, weil sie sich hier mit einer anderen überschneidet; wenden Sie sie im Editor von Hand an</translation>
    </message>
    <message>
        <source>%1:%2: note: %3 [%4]</source>
        <translation>%1:%2: Hinweis: %3 [%4]</translation>
    </message>
    <message>
        <source>armlift-scan: %1: fixes kept changing the files; stopped after %2 rounds</source>
        <translation>armlift-scan: %1: Korrekturen haben die Dateien immer wieder geändert; nach %2 Runden abgebrochen</translation>
    </message>
    <message>
        <source>Fixed: %1 edits in %2 files</source>
        <translation>Korrigiert: %1 Änderungen in %2 Dateien</translation>
    </message>
    <message>
        <source>armlift-scan: %1: cannot read the build log: %2</source>
        <translation>armlift-scan: %1: das Build-Log kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>build log</source>
        <translation>Build-Log</translation>
    </message>
    <message>
        <source>armlift-scan: %1: no known arm64 failure in this build log; its last error lines:</source>
        <translation>armlift-scan: %1: kein bekannter arm64-Fehler in diesem Build-Log; seine letzten Fehlerzeilen:</translation>
    </message>
    <message>
        <source>armlift-scan: no rule &apos;%1&apos;; &apos;armlift-scan --list-rules&apos; lists them</source>
        <translation>armlift-scan: keine Regel &apos;%1&apos;; &apos;armlift-scan --list-rules&apos; listet sie auf</translation>
    </message>
    <message>
        <source>online: registry %1, pypi %2, go.dev %3; %4 requests</source>
        <translation>online: Registry %1, PyPI %2, go.dev %3; %4 Anfragen</translation>
    </message>
    <message>
        <source>armlift-scan: a commit in the temporary clone of %1 would be lost; add --push, or --keep-clone DIR to keep the clone</source>
        <translation>armlift-scan: ein Commit im temporären Klon von %1 ginge verloren; fügen Sie --push hinzu, oder --keep-clone VERZEICHNIS, um den Klon zu behalten</translation>
    </message>
    <message>
        <source>armlift-scan: %1 is not in a git repository (with a work tree); --commit needs one</source>
        <translation>armlift-scan: %1 liegt nicht in einem Git-Repository (mit Arbeitsbaum); --commit braucht eines</translation>
    </message>
    <message>
        <source>armlift-scan: %1 has uncommitted changes (%2); commit or stash them first, so the commit holds only the fixes</source>
        <translation>armlift-scan: %1 hat nicht committete Änderungen (%2); committen oder stashen Sie sie zuerst, damit der Commit nur die Korrekturen enthält</translation>
    </message>
    <message>
        <source>armlift-scan: no fix was applied, so there is nothing to commit</source>
        <translation>armlift-scan: es wurde keine Korrektur angewendet, daher gibt es nichts zu committen</translation>
    </message>
</context>
<context>
    <name>Armlift::ScanOptions</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Report format: %1 (default: text).</source>
        <translation>Berichtsformat: %1 (Standard: text).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Write the report to FILE (replaced atomically) instead of standard output.</source>
        <translation>Den Bericht nach DATEI schreiben (atomar ersetzt) statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Exit with 1 when a finding of this severity or worse exists: error, warning, info or never (default: error).</source>
        <translation>Mit 1 beenden, wenn ein Befund dieses Schweregrads oder schlimmer vorliegt: error, warning, info oder never (Standard: error).</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Apply the first fix of every finding, repeated until nothing more applies, and print the changes as a unified diff on standard output. The report of what remains goes to --output when given; the remaining findings are listed on standard error.</source>
        <translation>Die erste Korrektur jedes Befunds anwenden, wiederholt, bis nichts mehr zutrifft, und die Änderungen als Unified Diff auf der Standardausgabe ausgeben. Der Bericht über das Verbleibende geht an --output, falls angegeben; die verbleibenden Befunde werden auf der Standardfehlerausgabe aufgeführt.</translation>
    </message>
    <message>
        <source>List the rules (text, or JSON with --format json) and exit.</source>
        <translation>Die Regeln auflisten (Text oder JSON mit --format json) und beenden.</translation>
    </message>
    <message>
        <source>Print the documentation page of rule ID and exit.</source>
        <translation>Die Dokumentationsseite der Regel ID ausgeben und beenden.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Use only the bundled knowledge base and the cache (the default; wins over --online).</source>
        <translation>Nur die mitgelieferte Wissensbasis und den Cache verwenden (Standard; hat Vorrang vor --online).</translation>
    </message>
    <message>
        <source>Also ask registries, PyPI and go.dev.</source>
        <translation>Auch Registries, PyPI und go.dev fragen.</translation>
    </message>
    <message>
        <source>Print no progress and no summary.</source>
        <translation>Weder Fortschritt noch Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <source>Explain a failed arm64 build from its log (docker build, buildx, buildah, podman; &apos;-&apos; reads standard input): the cause, the rule and the fix, pointed at the Dockerfile line when PATH (the Dockerfile or its folder) is given.</source>
        <translation>Einen fehlgeschlagenen arm64-Build aus seinem Log erklären (docker build, buildx, buildah, podman; &apos;-&apos; liest die Standardeingabe): die Ursache, die Regel und die Korrektur, auf die Dockerfile-Zeile bezogen, wenn PATH (das Dockerfile oder sein Ordner) angegeben ist.</translation>
    </message>
    <message>
        <source>Folder or Dockerfile to scan; several may be given.</source>
        <translation>Zu prüfender Ordner oder Dockerfile; mehrere sind möglich.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use one of %2</source>
        <translation>unbekanntes Format &apos;%1&apos;; verwenden Sie eines von %2</translation>
    </message>
    <message>
        <source>unknown --fail-on value &apos;%1&apos;; use error, warning, info or never</source>
        <translation>unbekannter Wert &apos;%1&apos; für --fail-on; verwenden Sie error, warning, info oder never</translation>
    </message>
    <message>
        <source>--output needs a file name</source>
        <translation>--output braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--build-log needs a file name (or &apos;-&apos; for standard input)</source>
        <translation>--build-log braucht einen Dateinamen (oder &apos;-&apos; für die Standardeingabe)</translation>
    </message>
    <message>
        <source>--build-log takes at most one PATH: the Dockerfile or the folder the build used</source>
        <translation>--build-log nimmt höchstens einen PATH: das Dockerfile oder den Ordner, den der Build verwendet hat</translation>
    </message>
    <message>
        <source>--build-log cannot be combined with --fix; apply the fixes with a scan of PATH</source>
        <translation>--build-log kann nicht mit --fix kombiniert werden; wenden Sie die Korrekturen mit einem Scan von PATH an</translation>
    </message>
    <message>
        <source>no PATH given; name the folder or Dockerfile to scan, e.g. &apos;armlift-scan .&apos;</source>
        <translation>kein PATH angegeben; nennen Sie den zu prüfenden Ordner oder das Dockerfile, z. B. &apos;armlift-scan .&apos;</translation>
    </message>
    <message>
        <source>Talk plain HTTP to the registry HOST:PORT (repeatable), e.g. a local registry.</source>
        <translation>Mit der Registry HOST:PORT unverschlüsseltes HTTP sprechen (wiederholbar), z. B. mit einer lokalen Registry.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>PyPI JSON API base URL (default https://pypi.org/pypi).</source>
        <translation>Basis-URL der PyPI-JSON-API (Standard https://pypi.org/pypi).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Go downloads base URL (default https://go.dev/dl).</source>
        <translation>Basis-URL für Go-Downloads (Standard https://go.dev/dl).</translation>
    </message>
    <message>
        <source>When PATH is a git URL, clone it into DIR and keep it (default: a temporary folder).</source>
        <translation>Ist PATH eine Git-URL, sie nach VERZEICHNIS klonen und behalten (Standard: ein temporärer Ordner).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>Finds arm64 migration problems in Dockerfiles and the manifests they use.
The report goes to standard output (or --output); progress, the summary and errors go to
standard error. Exit status: 0 nothing at or above --fail-on, 1 findings, 2 usage error or
an unreadable scan root, or a failed --commit/--push.
With several PATHs each is scanned on its own and the reports are combined; every file is
then named with its PATH as given in front (proj-a/Dockerfile, proj-b/Dockerfile).</source>
        <translation>Findet arm64-Migrationsprobleme in Dockerfiles und den Manifesten, die sie verwenden.
Der Bericht geht auf die Standardausgabe (oder --output); Fortschritt, Zusammenfassung und Fehler gehen auf die
Standardfehlerausgabe. Exit-Status: 0 nichts auf oder über --fail-on, 1 Befunde, 2 Bedienfehler,
eine nicht lesbare Scan-Wurzel oder ein fehlgeschlagenes --commit/--push.
Bei mehreren PATHs wird jeder für sich geprüft und die Berichte werden zusammengeführt; jede Datei wird
dann mit ihrem PATH wie angegeben davor benannt (proj-a/Dockerfile, proj-b/Dockerfile).</translation>
    </message>
    <message>
        <source>With --fix: commit the fixes with git on the branch --branch (created from the current commit and checked out afterwards). The author comes from --author, else user.name/user.email of the repository&apos;s or the global git config. The work tree must have no other changes.</source>
        <translation>Mit --fix: die Korrekturen mit git auf dem Branch --branch committen (vom aktuellen Commit angelegt und danach ausgecheckt). Der Autor kommt aus --author, sonst aus user.name/user.email der Git-Konfiguration des Repositorys oder der globalen. Der Arbeitsbaum darf keine anderen Änderungen haben.</translation>
    </message>
    <message>
        <source>The branch --commit uses (default: arm64-migration).</source>
        <translation>Der Branch, den --commit verwendet (Standard: arm64-migration).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>With --commit: push the branch to --remote, with the credentials of ssh-agent, the keychain or ARMLIFT_GIT_USER/ARMLIFT_GIT_TOKEN; prints the pull/merge request URL for GitHub, GitLab and Bitbucket.</source>
        <translation>Mit --commit: den Branch nach --remote pushen, mit den Zugangsdaten aus ssh-agent, dem Schlüsselbund oder ARMLIFT_GIT_USER/ARMLIFT_GIT_TOKEN; gibt für GitHub, GitLab und Bitbucket die URL des Pull-/Merge-Requests aus.</translation>
    </message>
    <message>
        <source>The remote --push pushes to (default: origin).</source>
        <translation>Das Remote, auf das --push pusht (Standard: origin).</translation>
    </message>
    <message>
        <source>The commit author for --commit, as &quot;Name &lt;email&gt;&quot;.</source>
        <translation>Der Commit-Autor für --commit, im Format „Name &lt;email&gt;“.</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>AUTOR</translation>
    </message>
    <message>
        <source>The commit message for --commit (default: a subject and the rule IDs of the fixes).</source>
        <translation>Die Commit-Nachricht für --commit (Standard: ein Betreff und die Regel-IDs der Korrekturen).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>--commit takes one PATH: the repository (or a folder in it) to fix and commit</source>
        <translation>--commit nimmt einen PATH: das Repository (oder einen Ordner darin), das korrigiert und committet wird</translation>
    </message>
    <message>
        <source>--commit needs --fix: it commits the fixes that --fix applies</source>
        <translation>--commit braucht --fix: es committet die Korrekturen, die --fix anwendet</translation>
    </message>
    <message>
        <source>--push needs --commit (and --fix): it pushes the branch with the fixes</source>
        <translation>--push braucht --commit (und --fix): es pusht den Branch mit den Korrekturen</translation>
    </message>
    <message>
        <source>%1 is only used with --fix --commit</source>
        <translation>%1 wird nur mit --fix --commit verwendet</translation>
    </message>
    <message>
        <source>--remote is only used with --fix --commit --push</source>
        <translation>--remote wird nur mit --fix --commit --push verwendet</translation>
    </message>
    <message>
        <source>--branch &apos;%1&apos; is not a valid git branch name</source>
        <translation>--branch &apos;%1&apos; ist kein gültiger Git-Branch-Name</translation>
    </message>
    <message>
        <source>--author &apos;%1&apos; is not in the form &quot;Name &lt;email&gt;&quot;</source>
        <translation>--author &apos;%1&apos; hat nicht die Form „Name &lt;email&gt;“</translation>
    </message>
    <message>
        <source>--message needs a text</source>
        <translation>--message braucht einen Text</translation>
    </message>
    <message>
        <source>--remote needs the name of a remote, e.g. origin</source>
        <translation>--remote braucht den Namen eines Remotes, z. B. origin</translation>
    </message>
</context>
<context>
    <name>Armlift::ScreenshotTaker</name>
    <message>
        <source>The scan of %1 did not finish within %2 s; no screenshot was written.</source>
        <translation>Der Scan von %1 wurde nicht innerhalb von %2 s fertig; es wurde kein Screenshot geschrieben.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Der Screenshot konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Screenshot written to %1 (%2×%3).</source>
        <translation>Screenshot nach %1 geschrieben (%2×%3).</translation>
    </message>
</context>
<context>
    <name>Armlift::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow system (light or dark)</source>
        <translation>System folgen (hell oder dunkel)</translation>
    </message>
    <message>
        <source>Editor theme</source>
        <translation>Editor-Design</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>Editor-Schrift</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>Schriftgröße des Editors</translation>
    </message>
    <message>
        <source>Editor &amp;theme:</source>
        <translation>Editor-&amp;Design:</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>Editor-&amp;Schrift:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
</context>
<context>
    <name>Armlift::StoredCredential</name>
    <message>
        <source>SSH key %1 for %2@%3</source>
        <translation>SSH-Schlüssel %1 für %2@%3</translation>
    </message>
    <message>
        <source>Password or token for %1@%2</source>
        <translation>Passwort oder Token für %1@%2</translation>
    </message>
    <message>
        <source>Registry login %1@%2</source>
        <translation>Registry-Anmeldung %1@%2</translation>
    </message>
</context>
<context>
    <name>Armlift::StoredRegistryCredentials</name>
    <message>
        <source>The saved login for %1 could not be read from the keychain: %2</source>
        <translation>Die gespeicherte Anmeldung für %1 konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Armlift::TextFileReader</name>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation>%1: ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <source>%1: skipped: %2 MB is larger than the %3 MB limit for files Armlift analyses</source>
        <translation>%1: übersprungen: %2 MB ist größer als die Grenze von %3 MB für Dateien, die Armlift analysiert</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: skipped: larger than the %2 MB limit</source>
        <translation>%1: übersprungen: größer als die Grenze von %2 MB</translation>
    </message>
    <message>
        <source>%1: skipped: binary file (contains NUL bytes)</source>
        <translation>%1: übersprungen: Binärdatei (enthält NUL-Bytes)</translation>
    </message>
    <message>
        <source>%1:%2: invalid UTF-8; the file was analysed with replacement characters</source>
        <translation>%1:%2: ungültiges UTF-8; die Datei wurde mit Ersatzzeichen analysiert</translation>
    </message>
</context>
<context>
    <name>Armlift::WelcomePage</name>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>Ordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Armlift&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Armlift&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Open a folder with Dockerfiles to find what breaks on arm64 (Apple silicon, Graviton, Ampere) and apply reviewed fixes. You can also drop a folder on this window.</source>
        <translation>Öffnen Sie einen Ordner mit Dockerfiles, um zu finden, was auf arm64 (Apple Silicon, Graviton, Ampere) bricht, und geprüfte Korrekturen anzuwenden. Sie können auch einen Ordner auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>Zuletzt geöffnete Projekte:</translation>
    </message>
</context>
<context>
    <name>Armlift::WorkshopCopy</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2: %3</source>
        <translation>%1 konnte nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>The bundled workshop was not found (looked next to the program and in the source tree).</source>
        <translation>Der mitgelieferte Workshop wurde nicht gefunden (gesucht neben dem Programm und im Quellbaum).</translation>
    </message>
    <message>
        <source>Could not create a folder in %1: %2</source>
        <translation>In %1 konnte kein Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not replace %1; it is still as it was.</source>
        <translation>%1 konnte nicht ersetzt werden; es ist unverändert.</translation>
    </message>
    <message>
        <source>Could not move the new copy to %1.</source>
        <translation>Die neue Kopie konnte nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>Armlift::WorkshopPanel</name>
    <message>
        <source>Workshop cases</source>
        <translation>Workshop-Fälle</translation>
    </message>
    <message>
        <source>Case explanation</source>
        <translation>Erklärung des Falls</translation>
    </message>
    <message>
        <source>%1 (1 problem)</source>
        <translation>%1 (1 Problem)</translation>
    </message>
    <message>
        <source>%1 (%2 problems)</source>
        <translation>%1 (%2 Probleme)</translation>
    </message>
    <message>
        <source>%1 (ready for arm64)</source>
        <translation>%1 (bereit für arm64)</translation>
    </message>
</context>
<context>
    <name>BaseImageRule</name>
    <message>
        <source>base image without arm64</source>
        <translation>Basis-Image ohne arm64</translation>
    </message>
    <message>
        <source>A base image has no linux/arm64 variant.</source>
        <translation>Ein Basis-Image hat keine linux/arm64-Variante.</translation>
    </message>
    <message>
        <source>%1 has no linux/arm64 variant: pulling it on arm64 fails with “no matching manifest for linux/arm64/v8”.</source>
        <translation>%1 hat keine linux/arm64-Variante: das Pullen auf arm64 schlägt mit „no matching manifest for linux/arm64/v8“ fehl.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>BrowserDownloadRule</name>
    <message>
        <source>x86-64-only browser download</source>
        <translation>Browser-Download nur für x86-64</translation>
    </message>
    <message>
        <source>A browser download that has no Linux arm64 build: Puppeteer&apos;s bundled Chrome or `playwright install chrome` (branded Google Chrome).</source>
        <translation>Ein Browser-Download ohne Linux-arm64-Build: das mitgelieferte Chrome von Puppeteer oder `playwright install chrome` (Google Chrome mit Marke).</translation>
    </message>
    <message>
        <source>puppeteer %1 downloads an x86-64 Chrome on Linux arm64, which cannot start there (first release that downloads an arm64 build: %2)</source>
        <translation>puppeteer %1 lädt unter Linux arm64 ein x86-64-Chrome herunter, das dort nicht startet (erste Version, die einen arm64-Build herunterlädt: %2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Use the distribution&apos;s %1 and skip Puppeteer&apos;s download</source>
        <translation>Das %1 der Distribution verwenden und den Download von Puppeteer überspringen</translation>
    </message>
    <message>
        <source>playwright install %1 installs branded Google Chrome, which Playwright does not support on Linux arm64</source>
        <translation>playwright install %1 installiert das Google Chrome mit Marke, das Playwright unter Linux arm64 nicht unterstützt</translation>
    </message>
    <message>
        <source>Install Playwright&apos;s Chromium instead</source>
        <translation>Stattdessen das Chromium von Playwright installieren</translation>
    </message>
    <message>
        <source>Remove channel: &apos;chrome&apos; from the browser launch options as well.</source>
        <translation>Entfernen Sie auch channel: &apos;chrome&apos; aus den Startoptionen des Browsers.</translation>
    </message>
</context>
<context>
    <name>BuildPlatformGoarchRule</name>
    <message>
        <source>Go binary built for the build machine</source>
        <translation>Go-Binary für die Build-Maschine gebaut</translation>
    </message>
    <message>
        <source>A stage on $BUILDPLATFORM builds a Go binary without GOARCH and a later stage copies it: the image gets a binary for the build machine&apos;s architecture.</source>
        <translation>Eine Stage auf $BUILDPLATFORM baut ein Go-Binary ohne GOARCH, und eine spätere Stage kopiert es: das Image erhält ein Binary für die Architektur der Build-Maschine.</translation>
    </message>
    <message>
        <source>go build runs on $BUILDPLATFORM without GOARCH: %1 is built for the build machine, and an arm64 image built on x86-64 gets an x86-64 binary (exec format error).</source>
        <translation>go build läuft auf $BUILDPLATFORM ohne GOARCH: %1 wird für die Build-Maschine gebaut, und ein auf x86-64 gebautes arm64-Image erhält ein x86-64-Binary (exec format error).</translation>
    </message>
    <message>
        <source>FROM --platform=$BUILDPLATFORM runs this stage natively on the machine that builds, which is right for compiling, but Go then targets that machine unless GOOS/GOARCH say otherwise. BuildKit, buildah and podman set TARGETOS and TARGETARCH to the platform being built; declare them with ARG and pass them to go build.</source>
        <translation>FROM --platform=$BUILDPLATFORM führt diese Stage nativ auf der bauenden Maschine aus, was fürs Kompilieren richtig ist, aber Go zielt dann auf diese Maschine, sofern GOOS/GOARCH nichts anderes sagen. BuildKit, buildah und podman setzen TARGETOS und TARGETARCH auf die gebaute Plattform; deklarieren Sie sie mit ARG und übergeben Sie sie an go build.</translation>
    </message>
    <message>
        <source>Build for the target: GOOS=$TARGETOS GOARCH=$TARGETARCH</source>
        <translation>Für das Ziel bauen: GOOS=$TARGETOS GOARCH=$TARGETARCH</translation>
    </message>
    <message>
        <source>CGO_ENABLED=0: cross-compiled Go has no C compiler for the target; nothing in the stage asks for cgo.</source>
        <translation>CGO_ENABLED=0: cross-kompiliertes Go hat keinen C-Compiler für das Ziel; nichts in der Stage verlangt cgo.</translation>
    </message>
    <message>
        <source>The stage uses cgo (%1): set CC to a cross compiler (aarch64-linux-gnu-gcc) with CGO_ENABLED=1, or use the tonistiigi/xx helpers (xx-go build).</source>
        <translation>Die Stage verwendet cgo (%1): setzen Sie CC auf einen Cross-Compiler (aarch64-linux-gnu-gcc) mit CGO_ENABLED=1, oder verwenden Sie die tonistiigi/xx-Helfer (xx-go build).</translation>
    </message>
</context>
<context>
    <name>ConfluentKafkaRule</name>
    <message>
        <source>confluent-kafka without an aarch64 wheel</source>
        <translation>confluent-kafka ohne aarch64-Wheel</translation>
    </message>
    <message>
        <source>confluent-kafka below 2.1.0 builds from source on arm64 and needs librdkafka of the same version.</source>
        <translation>confluent-kafka unter 2.1.0 baut auf arm64 aus dem Quellcode und braucht librdkafka in derselben Version.</translation>
    </message>
    <message>
        <source>%1 has no aarch64 wheel: on arm64 pip compiles it against librdkafka of the same version, which the image does not have (first release with an aarch64 wheel: %2)</source>
        <translation>%1 hat kein aarch64-Wheel: auf arm64 kompiliert pip es gegen librdkafka derselben Version, die das Image nicht enthält (erste Version mit aarch64-Wheel: %2)</translation>
    </message>
    <message>
        <source>Keep %1: build librdkafka %2 and the package from source</source>
        <translation>%1 behalten: librdkafka %2 und das Paket aus dem Quellcode bauen</translation>
    </message>
    <message>
        <source>Building from source is slow under emulation; pinning %1 or later avoids it.</source>
        <translation>Bauen aus dem Quellcode ist unter Emulation langsam; ein Pinning auf %1 oder neuer vermeidet es.</translation>
    </message>
</context>
<context>
    <name>CpuLevelRule</name>
    <message>
        <source>image needs a newer arm64 CPU</source>
        <translation>Image braucht eine neuere arm64-CPU</translation>
    </message>
    <message>
        <source>A base image needs ARMv8.2-A, but the project targets older arm64 cores (targetCpu).</source>
        <translation>Ein Basis-Image braucht ARMv8.2-A, aber das Projekt zielt auf ältere arm64-Kerne (targetCpu).</translation>
    </message>
    <message>
        <source>The project&apos;s targetCpu (%1, in .armlift.json or .armlift.toml) names a core older than ARMv8.2-A. Source: %2; %3</source>
        <translation>Das targetCpu des Projekts (%1, in .armlift.json oder .armlift.toml) nennt einen Kern, der älter als ARMv8.2-A ist. Quelle: %2; %3</translation>
    </message>
    <message>
        <source>%1 needs an %2 CPU, but the project targets %3: the container dies with “Illegal instruction” (exit code 132) there.</source>
        <translation>%1 braucht eine %2-CPU, aber das Projekt zielt auf %3: dort stirbt der Container mit „Illegal instruction“ (Exit-Code 132).</translation>
    </message>
    <message>
        <source>Use %1 (runs on ARMv8.0-A cores)</source>
        <translation>%1 verwenden (läuft auf ARMv8.0-A-Kernen)</translation>
    </message>
    <message>
        <source>This is an older major release: check that the application works with it, or run this service on an ARMv8.2-A machine (Graviton 2 or later, Ampere, Apple silicon).</source>
        <translation>Dies ist eine ältere Hauptversion: prüfen Sie, ob die Anwendung damit funktioniert, oder betreiben Sie diesen Dienst auf einer ARMv8.2-A-Maschine (Graviton 2 oder neuer, Ampere, Apple Silicon).</translation>
    </message>
</context>
<context>
    <name>CrossCompileRule</name>
    <message>
        <source>Go build stage runs under emulation</source>
        <translation>Go-Build-Stage läuft unter Emulation</translation>
    </message>
    <message>
        <source>A Go build stage whose output is only copied can run natively on $BUILDPLATFORM and cross-compile for the target instead of running the compiler under emulation.</source>
        <translation>Eine Go-Build-Stage, deren Ergebnis nur kopiert wird, kann nativ auf $BUILDPLATFORM laufen und für das Ziel cross-kompilieren, statt den Compiler unter Emulation auszuführen.</translation>
    </message>
    <message>
        <source>When the image is built for another architecture (docker buildx build --platform linux/arm64 on an x86-64 machine, or the reverse), every RUN of this stage runs under QEMU emulation, and compilers are the slowest thing to emulate: the migration talk measured 22m27s emulated against 3m01s native for the same image. The stage&apos;s files are only copied into later stages, so it can run on the build machine (FROM --platform=$BUILDPLATFORM) and let Go cross-compile with GOOS=$TARGETOS GOARCH=$TARGETARCH; the final stage stays on the target platform. BUILDPLATFORM, TARGETOS and TARGETARCH are set by BuildKit, buildah and podman.</source>
        <translation>Wird das Image für eine andere Architektur gebaut (docker buildx build --platform linux/arm64 auf einer x86-64-Maschine oder umgekehrt), läuft jedes RUN dieser Stage unter QEMU-Emulation, und Compiler sind das Langsamste, was sich emulieren lässt: der Migrationsvortrag hat für dasselbe Image 22m27s emuliert gegenüber 3m01s nativ gemessen. Die Dateien der Stage werden nur in spätere Stages kopiert, daher kann sie auf der Build-Maschine laufen (FROM --platform=$BUILDPLATFORM) und Go mit GOOS=$TARGETOS GOARCH=$TARGETARCH cross-kompilieren lassen; die letzte Stage bleibt auf der Zielplattform. BUILDPLATFORM, TARGETOS und TARGETARCH werden von BuildKit, buildah und podman gesetzt.</translation>
    </message>
    <message>
        <source>The stage uses cgo (%1): cross-compiling needs a C compiler for the target, e.g. gcc-aarch64-linux-gnu with CC=aarch64-linux-gnu-gcc CGO_ENABLED=1, or the tonistiigi/xx helpers (xx-apt-get install gcc libc6-dev, then xx-go build).</source>
        <translation>Die Stage verwendet cgo (%1): Cross-Kompilieren braucht einen C-Compiler für das Ziel, z. B. gcc-aarch64-linux-gnu mit CC=aarch64-linux-gnu-gcc CGO_ENABLED=1, oder die tonistiigi/xx-Helfer (xx-apt-get install gcc libc6-dev, dann xx-go build).</translation>
    </message>
    <message>
        <source>`go install` of the project writes cross-compiled binaries to $GOPATH/bin/linux_arm64/ (and refuses when GOBIN is set), so the COPY --from path would change: use go build -o with the path the later stage copies.</source>
        <translation>`go install` des Projekts schreibt cross-kompilierte Binaries nach $GOPATH/bin/linux_arm64/ (und verweigert sich, wenn GOBIN gesetzt ist), daher würde sich der Pfad von COPY --from ändern: verwenden Sie go build -o mit dem Pfad, den die spätere Stage kopiert.</translation>
    </message>
    <message>
        <source>The stage already selects something by TARGETARCH/TARGETPLATFORM besides GOARCH; on $BUILDPLATFORM tools it downloads must use BUILDARCH (they run on the build machine).</source>
        <translation>Die Stage wählt außer GOARCH bereits etwas über TARGETARCH/TARGETPLATFORM aus; auf $BUILDPLATFORM müssen heruntergeladene Werkzeuge BUILDARCH verwenden (sie laufen auf der Build-Maschine).</translation>
    </message>
    <message>
        <source>The stage is built FROM another stage; move that stage to $BUILDPLATFORM instead.</source>
        <translation>Die Stage wird FROM einer anderen Stage gebaut; verlegen Sie stattdessen jene Stage auf $BUILDPLATFORM.</translation>
    </message>
    <message>
        <source>Stage %1 compiles Go under emulation when building for another architecture; its output is only copied, so it can build natively on $BUILDPLATFORM and cross-compile.</source>
        <translation>Stage %1 kompiliert Go unter Emulation, wenn für eine andere Architektur gebaut wird; ihr Ergebnis wird nur kopiert, daher kann sie nativ auf $BUILDPLATFORM bauen und cross-kompilieren.</translation>
    </message>
    <message>
        <source>Armlift does not rewrite this stage:</source>
        <translation>Armlift schreibt diese Stage nicht um:</translation>
    </message>
    <message>
        <source>Cross-compile stage %1 on $BUILDPLATFORM (GOOS/GOARCH from TARGETOS/TARGETARCH)</source>
        <translation>Stage %1 auf $BUILDPLATFORM cross-kompilieren (GOOS/GOARCH aus TARGETOS/TARGETARCH)</translation>
    </message>
    <message>
        <source>CGO_ENABLED=0 builds a static binary without C code: nothing in the stage asks for cgo (no C toolchain installed, no CGO_ENABLED=1, no cgo module in go.mod). If the build then reports &quot;build constraints exclude all Go files&quot;, the code needs cgo and a C cross compiler (see the rule&apos;s page).</source>
        <translation>CGO_ENABLED=0 baut ein statisches Binary ohne C-Code: nichts in der Stage verlangt cgo (keine C-Toolchain installiert, kein CGO_ENABLED=1, kein cgo-Modul in go.mod). Meldet der Build dann &quot;build constraints exclude all Go files&quot;, braucht der Code cgo und einen C-Cross-Compiler (siehe die Seite der Regel).</translation>
    </message>
</context>
<context>
    <name>CudaOnlyPackageRule</name>
    <message>
        <source>CUDA-only Python package</source>
        <translation>Reines CUDA-Python-Paket</translation>
    </message>
    <message>
        <source>A CUDA-only package has no arm64 Linux wheel; the arm64 builds of these frameworks are CPU only.</source>
        <translation>Ein reines CUDA-Paket hat kein arm64-Linux-Wheel; die arm64-Builds dieser Frameworks sind nur für die CPU.</translation>
    </message>
    <message>
        <source>%1 is a CUDA-only build with no arm64 Linux wheel</source>
        <translation>%1 ist ein reiner CUDA-Build ohne arm64-Linux-Wheel</translation>
    </message>
    <message>
        <source>%1 is a CUDA-only build with no arm64 Linux wheel; use the CPU package %2 on arm64</source>
        <translation>%1 ist ein reiner CUDA-Build ohne arm64-Linux-Wheel; verwenden Sie auf arm64 das CPU-Paket %2</translation>
    </message>
    <message>
        <source>These wheels exist for x86_64 only: pip finds no distribution on arm64, and TensorFlow for arm64 is not built with CUDA support for NVIDIA GPUs. The CPU package runs on arm64 (Graviton, Ampere, Apple silicon); GPU work needs a platform-specific build (e.g. NVIDIA&apos;s Jetson or Grace containers). Source: %1</source>
        <translation>Diese Wheels gibt es nur für x86_64: pip findet auf arm64 keine Distribution, und TensorFlow für arm64 ist nicht mit CUDA-Unterstützung für NVIDIA-GPUs gebaut. Das CPU-Paket läuft auf arm64 (Graviton, Ampere, Apple Silicon); GPU-Arbeit braucht einen plattformspezifischen Build (z. B. die Jetson- oder Grace-Container von NVIDIA). Quelle: %1</translation>
    </message>
    <message>
        <source>Use the CPU package %1</source>
        <translation>Das CPU-Paket %1 verwenden</translation>
    </message>
</context>
<context>
    <name>EmulationCostRule</name>
    <message>
        <source>compiles under emulation</source>
        <translation>kompiliert unter Emulation</translation>
    </message>
    <message>
        <source>A RUN step compiles or installs from source in a stage that runs under QEMU emulation when the image is built for another architecture.</source>
        <translation>Ein RUN-Schritt kompiliert oder installiert aus dem Quellcode in einer Stage, die unter QEMU-Emulation läuft, wenn das Image für eine andere Architektur gebaut wird.</translation>
    </message>
    <message>
        <source>This RUN step compiles from source (%1): building the image for another architecture runs it under QEMU emulation, several times slower than natively.</source>
        <translation>Dieser RUN-Schritt kompiliert aus dem Quellcode (%1): wird das Image für eine andere Architektur gebaut, läuft er unter QEMU-Emulation, um ein Vielfaches langsamer als nativ.</translation>
    </message>
    <message>
        <source>Emulation translates every instruction of the compiler: the migration talk built the same image in 22m27s under emulation and in 3m01s natively on arm64. Build on a native arm64 machine or runner (docker buildx with a remote arm64 node, ubuntu-24.04-arm in GitHub Actions), or move compilation into a stage on $BUILDPLATFORM that cross-compiles. Use prebuilt packages (distribution packages, wheels, release binaries) where they exist.</source>
        <translation>Emulation übersetzt jeden Befehl des Compilers: im Migrationsvortrag dauerte dasselbe Image unter Emulation 22m27s und nativ auf arm64 3m01s. Bauen Sie auf einer nativen arm64-Maschine oder einem arm64-Runner (docker buildx mit einem entfernten arm64-Knoten, ubuntu-24.04-arm in GitHub Actions) oder verlagern Sie das Kompilieren in eine Stage auf $BUILDPLATFORM, die cross-kompiliert. Verwenden Sie vorgefertigte Pakete (Distributionspakete, Wheels, Release-Binaries), wo es sie gibt.</translation>
    </message>
    <message>
        <source>This stage&apos;s output is only copied, so it can run on $BUILDPLATFORM with a cross toolchain: Rust: rustup target add aarch64-unknown-linux-gnu and cargo build --target aarch64-unknown-linux-gnu with the linker aarch64-linux-gnu-gcc (or cargo-zigbuild); C/C++: gcc-aarch64-linux-gnu (CC=aarch64-linux-gnu-gcc) or a CMake toolchain file with CMAKE_SYSTEM_PROCESSOR=aarch64; Node native modules: npm_config_arch=arm64 with CC/CXX set to the cross compiler; the tonistiigi/xx helpers (xx-apt-get, xx-clang, xx-cargo, xx-go) wrap these for every TARGETPLATFORM.</source>
        <translation>Das Ergebnis dieser Stage wird nur kopiert, daher kann sie mit einer Cross-Toolchain auf $BUILDPLATFORM laufen: Rust: rustup target add aarch64-unknown-linux-gnu und cargo build --target aarch64-unknown-linux-gnu mit dem Linker aarch64-linux-gnu-gcc (oder cargo-zigbuild); C/C++: gcc-aarch64-linux-gnu (CC=aarch64-linux-gnu-gcc) oder eine CMake-Toolchain-Datei mit CMAKE_SYSTEM_PROCESSOR=aarch64; native Node-Module: npm_config_arch=arm64 mit CC/CXX auf den Cross-Compiler gesetzt; die tonistiigi/xx-Helfer (xx-apt-get, xx-clang, xx-cargo, xx-go) kapseln dies für jede TARGETPLATFORM.</translation>
    </message>
</context>
<context>
    <name>FromPlatformRule</name>
    <message>
        <source>constant FROM --platform</source>
        <translation>konstantes FROM --platform</translation>
    </message>
    <message>
        <source>A stage is pinned to an x86 platform with a constant FROM --platform.</source>
        <translation>Eine Stage ist mit einem konstanten FROM --platform auf eine x86-Plattform festgelegt.</translation>
    </message>
    <message>
        <source>--platform=%1 pins this stage to x86: on arm64 it runs under emulation, slowly, and its binaries are x86 binaries.</source>
        <translation>--platform=%1 legt diese Stage auf x86 fest: auf arm64 läuft sie langsam unter Emulation, und ihre Binaries sind x86-Binaries.</translation>
    </message>
    <message>
        <source>Remove the flag so the stage builds for the target platform. For a stage whose output is only copied into later stages, --platform=$BUILDPLATFORM runs it natively on the build machine; cross-compile there with TARGETARCH.</source>
        <translation>Entfernen Sie das Flag, damit die Stage für die Zielplattform baut. Für eine Stage, deren Ergebnis nur in spätere Stages kopiert wird, führt --platform=$BUILDPLATFORM sie nativ auf der Build-Maschine aus; cross-kompilieren Sie dort mit TARGETARCH.</translation>
    </message>
    <message>
        <source>Remove --platform=%1</source>
        <translation>--platform=%1 entfernen</translation>
    </message>
    <message>
        <source>Run this build-only stage on $BUILDPLATFORM</source>
        <translation>Diese reine Build-Stage auf $BUILDPLATFORM ausführen</translation>
    </message>
    <message>
        <source>Binaries built in this stage must then be cross-compiled for $TARGETARCH (e.g. GOARCH=$TARGETARCH after ARG TARGETARCH).</source>
        <translation>In dieser Stage gebaute Binaries müssen dann für $TARGETARCH cross-kompiliert werden (z. B. GOARCH=$TARGETARCH nach ARG TARGETARCH).</translation>
    </message>
</context>
<context>
    <name>GemManifests</name>
    <message>
        <source>%1: no GEM specs or PLATFORMS section found</source>
        <translation>%1: kein GEM-specs- oder PLATFORMS-Abschnitt gefunden</translation>
    </message>
</context>
<context>
    <name>GoAmd64BuildRule</name>
    <message>
        <source>Go build pinned to amd64</source>
        <translation>Go-Build auf amd64 festgelegt</translation>
    </message>
    <message>
        <source>`go build/test -tags amd64` compiles amd64 assembly, and a hard-coded GOARCH=amd64 builds x86 binaries.</source>
        <translation>`go build/test -tags amd64` kompiliert amd64-Assembler, und ein fest eingetragenes GOARCH=amd64 baut x86-Binaries.</translation>
    </message>
    <message>
        <source>BuildKit sets TARGETARCH to the architecture being built (amd64, arm64); a stage sees it after `ARG TARGETARCH`. A fixed GOARCH=amd64 produces x86-64 binaries that fail with &quot;exec format error&quot; on arm64.</source>
        <translation>BuildKit setzt TARGETARCH auf die gebaute Architektur (amd64, arm64); eine Stage sieht es nach `ARG TARGETARCH`. Ein festes GOARCH=amd64 erzeugt x86-64-Binaries, die auf arm64 mit &quot;exec format error&quot; scheitern.</translation>
    </message>
    <message>
        <source>GOARCH=amd64 is hard-coded: the Go binaries are built for x86-64 on every platform</source>
        <translation>GOARCH=amd64 ist fest eingetragen: die Go-Binaries werden auf jeder Plattform für x86-64 gebaut</translation>
    </message>
    <message>
        <source>Build for the target architecture: GOARCH=${TARGETARCH}</source>
        <translation>Für die Zielarchitektur bauen: GOARCH=${TARGETARCH}</translation>
    </message>
    <message>
        <source>-tags amd64 makes Go compile the amd64 assembly files (*_amd64.s), which fail on arm64</source>
        <translation>-tags amd64 lässt Go die amd64-Assemblerdateien (*_amd64.s) kompilieren, die auf arm64 fehlschlagen</translation>
    </message>
    <message>
        <source>With the amd64 tag the toolchain includes files for amd64 on every architecture, so on arm64 the assembler stops with &quot;unrecognized instruction&quot; (BTQ, SETCS, BYTE). Libraries that ship assembly provide a pure-Go fallback behind the purego tag (//go:build purego || !amd64). Source: talk case 5.</source>
        <translation>Mit dem Tag amd64 nimmt die Toolchain auf jeder Architektur Dateien für amd64 auf, daher bricht der Assembler auf arm64 mit &quot;unrecognized instruction&quot; ab (BTQ, SETCS, BYTE). Bibliotheken mit Assembler-Code bieten hinter dem Tag purego einen reinen Go-Fallback (//go:build purego || !amd64). Quelle: Vortrag, Fall 5.</translation>
    </message>
    <message>
        <source>Remove the amd64 tag</source>
        <translation>Das amd64-Tag entfernen</translation>
    </message>
    <message>
        <source>Use the pure-Go code: -tags purego</source>
        <translation>Den reinen Go-Code verwenden: -tags purego</translation>
    </message>
    <message>
        <source>GOFLAGS sets -tags amd64 for every go command, which then compiles the amd64 assembly files (*_amd64.s) that fail on arm64</source>
        <translation>GOFLAGS setzt -tags amd64 für jeden go-Befehl, der dann die amd64-Assemblerdateien (*_amd64.s) kompiliert, die auf arm64 fehlschlagen</translation>
    </message>
    <message>
        <source>GOFLAGS holds default flags of the go command, so its -tags=amd64 acts like `go build -tags amd64`: on arm64 the assembler stops with &quot;unrecognized instruction&quot;. Libraries with assembly provide a pure-Go fallback behind the purego tag. Source: talk case 5; https://pkg.go.dev/cmd/go#hdr-Environment_variables (GOFLAGS).</source>
        <translation>GOFLAGS enthält Standard-Flags des go-Befehls, daher wirkt sein -tags=amd64 wie `go build -tags amd64`: auf arm64 bricht der Assembler mit &quot;unrecognized instruction&quot; ab. Bibliotheken mit Assembler-Code bieten hinter dem Tag purego einen reinen Go-Fallback. Quelle: Vortrag, Fall 5; https://pkg.go.dev/cmd/go#hdr-Environment_variables (GOFLAGS).</translation>
    </message>
</context>
<context>
    <name>GoTarballRule</name>
    <message>
        <source>Go amd64 tarball</source>
        <translation>Go-amd64-Tarball</translation>
    </message>
    <message>
        <source>A Go release tarball for linux-amd64 is installed on every architecture.</source>
        <translation>Ein Go-Release-Tarball für linux-amd64 wird auf jeder Architektur installiert.</translation>
    </message>
    <message>
        <source>%1 is the amd64 build of Go: the go command it installs cannot run on arm64.</source>
        <translation>%1 ist der amd64-Build von Go: der installierte go-Befehl läuft nicht auf arm64.</translation>
    </message>
    <message>
        <source>Name the tarball go&lt;version&gt;.linux-${TARGETARCH}.tar.gz and declare `ARG TARGETARCH` in the stage, so BuildKit fetches the build of the platform being built (amd64 or arm64).</source>
        <translation>Nennen Sie den Tarball go&lt;version&gt;.linux-${TARGETARCH}.tar.gz und deklarieren Sie `ARG TARGETARCH` in der Stage, damit BuildKit den Build der gebauten Plattform holt (amd64 oder arm64).</translation>
    </message>
    <message>
        <source>The sha256 checksum checked in this stage belongs to the amd64 tarball: replace it with the checksum of the arm64 tarball from https://go.dev/dl/.</source>
        <translation>Die in dieser Stage geprüfte sha256-Prüfsumme gehört zum amd64-Tarball: ersetzen Sie sie durch die Prüfsumme des arm64-Tarballs von https://go.dev/dl/.</translation>
    </message>
    <message>
        <source>The sha256 checksum on line %1 belongs to the amd64 tarball and must be updated with it.</source>
        <translation>Die sha256-Prüfsumme in Zeile %1 gehört zum amd64-Tarball und muss mit ihm aktualisiert werden.</translation>
    </message>
    <message>
        <source>Download go%1.linux-${TARGETARCH}.tar.gz and choose its sha256 by TARGETARCH</source>
        <translation>go%1.linux-${TARGETARCH}.tar.gz herunterladen und seine sha256 nach TARGETARCH wählen</translation>
    </message>
    <message>
        <source>Use ${TARGETARCH} in the tarball name (builds for amd64 and arm64)</source>
        <translation>${TARGETARCH} im Tarball-Namen verwenden (baut für amd64 und arm64)</translation>
    </message>
    <message>
        <source>Download the arm64 tarball (%1)</source>
        <translation>Den arm64-Tarball herunterladen (%1)</translation>
    </message>
</context>
<context>
    <name>JsonTree</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1:%2: invalid JSON: %3</source>
        <translation>%1:%2: ungültiges JSON: %3</translation>
    </message>
</context>
<context>
    <name>LockPlatformRule</name>
    <message>
        <source>Gemfile.lock without aarch64-linux</source>
        <translation>Gemfile.lock ohne aarch64-linux</translation>
    </message>
    <message>
        <source>Gemfile.lock pins platform-specific gems but its PLATFORMS section has no aarch64-linux entry.</source>
        <translation>Gemfile.lock pinnt plattformspezifische Gems, aber sein PLATFORMS-Abschnitt hat keinen aarch64-linux-Eintrag.</translation>
    </message>
    <message>
        <source>Run “%1” on any machine and commit the updated lockfile: it adds the aarch64-linux variants of the platform gems.</source>
        <translation>Führen Sie „%1“ auf einer beliebigen Maschine aus und committen Sie die aktualisierte Lockdatei: sie ergänzt die aarch64-linux-Varianten der Plattform-Gems.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>%1 supports only %2 but pins platform gems (%3): add aarch64-linux with “%4”</source>
        <translation>%1 unterstützt nur %2, pinnt aber Plattform-Gems (%3): fügen Sie aarch64-linux mit „%4“ hinzu</translation>
    </message>
</context>
<context>
    <name>LseAtomicsRule</name>
    <message>
        <source>Atomics-heavy build without LSE</source>
        <translation>Atomics-lastiger Build ohne LSE</translation>
    </message>
    <message>
        <source>PostgreSQL and similar atomics-heavy code built with GCC older than 10 uses slow load/store-exclusive loops on arm64 instead of LSE atomics.</source>
        <translation>PostgreSQL und ähnlicher atomics-lastiger Code, mit GCC älter als 10 gebaut, verwendet auf arm64 langsame Load/Store-Exclusive-Schleifen statt LSE-Atomics.</translation>
    </message>
    <message>
        <source>%1 is compiled with GCC %2 (%3), which emits no LSE atomics for arm64: add -moutline-atomics</source>
        <translation>%1 wird mit GCC %2 (%3) kompiliert, der für arm64 keine LSE-Atomics erzeugt: fügen Sie -moutline-atomics hinzu</translation>
    </message>
    <message>
        <source>GCC enables outline atomics (LSE on CPUs that have it) by default only from %1. Older compilers use load/store-exclusive loops, which are much slower under contention on many-core arm64 servers. -moutline-atomics exists from GCC %2; with an older compiler use a newer base image or -march=armv8.2-a (only for CPUs with LSE). Sources: %3; %4</source>
        <translation>GCC aktiviert Outline-Atomics (LSE auf CPUs, die es haben) erst ab %1 standardmäßig. Ältere Compiler verwenden Load/Store-Exclusive-Schleifen, die auf arm64-Servern mit vielen Kernen unter Konkurrenz viel langsamer sind. -moutline-atomics gibt es ab GCC %2; mit einem älteren Compiler verwenden Sie ein neueres Basis-Image oder -march=armv8.2-a (nur für CPUs mit LSE). Quellen: %3; %4</translation>
    </message>
    <message>
        <source>Compile %1 with -moutline-atomics</source>
        <translation>%1 mit -moutline-atomics kompilieren</translation>
    </message>
</context>
<context>
    <name>MinimumVersionRule</name>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Pin %1 %2 (first release with an aarch64 wheel)</source>
        <translation>%1 %2 pinnen (erste Version mit aarch64-Wheel)</translation>
    </message>
</context>
<context>
    <name>NativeGemRule</name>
    <message>
        <source>gem without an aarch64-linux build</source>
        <translation>Gem ohne aarch64-linux-Build</translation>
    </message>
    <message>
        <source>A gem has no aarch64-linux native gem at the installed version (or its source build fails on aarch64), so bundle install compiles it or fails on arm64.</source>
        <translation>Ein Gem hat in der installierten Version kein natives aarch64-linux-Gem (oder sein Build aus dem Quellcode schlägt auf aarch64 fehl), daher kompiliert bundle install es auf arm64 oder scheitert.</translation>
    </message>
    <message>
        <source>Run “bundle update %1” so that %2 follows.</source>
        <translation>Führen Sie „bundle update %1“ aus, damit %2 folgt.</translation>
    </message>
    <message>
        <source>The lockfile resolves this version: run “bundle update %1” (after relaxing the Gemfile constraint of the gem that needs it).</source>
        <translation>Die Lockdatei löst diese Version auf: führen Sie „bundle update %1“ aus (nachdem Sie die Gemfile-Einschränkung des Gems gelockert haben, das sie braucht).</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>%1 does not install on aarch64 Linux in any version</source>
        <translation>%1 lässt sich in keiner Version auf aarch64-Linux installieren</translation>
    </message>
    <message>
        <source>%1 has no aarch64-linux native gem: bundle install compiles it on arm64 (first release with one: %2)</source>
        <translation>%1 hat kein natives aarch64-linux-Gem: bundle install kompiliert es auf arm64 (erste Version mit einem: %2)</translation>
    </message>
    <message>
        <source>%1 has no working aarch64-linux build: bundle install compiles it on arm64</source>
        <translation>%1 hat keinen funktionierenden aarch64-linux-Build: bundle install kompiliert es auf arm64</translation>
    </message>
    <message>
        <source>Require %1 %2 or later (first release with an aarch64-linux gem)</source>
        <translation>%1 %2 oder neuer verlangen (erste Version mit aarch64-linux-Gem)</translation>
    </message>
    <message>
        <source>Replace %1 with %2</source>
        <translation>%1 durch %2 ersetzen</translation>
    </message>
    <message>
        <source>Drop version constraints of %1 that do not apply to %2.</source>
        <translation>Versionseinschränkungen von %1 entfernen, die nicht für %2 gelten.</translation>
    </message>
    <message>
        <source>Keep %1 and install what building it needs (%2)</source>
        <translation>%1 behalten und installieren, was sein Build braucht (%2)</translation>
    </message>
</context>
<context>
    <name>NativeNpmRule</name>
    <message>
        <source>npm package without a linux-arm64 binary</source>
        <translation>npm-Paket ohne linux-arm64-Binary</translation>
    </message>
    <message>
        <source>An npm package downloads a prebuilt native binary that does not exist for linux-arm64 at the installed version, so the install fails or compiles from source on arm64.</source>
        <translation>Ein npm-Paket lädt ein vorgefertigtes natives Binary herunter, das es in der installierten Version für linux-arm64 nicht gibt, daher schlägt die Installation auf arm64 fehl oder kompiliert aus dem Quellcode.</translation>
    </message>
    <message>
        <source>(locked: %1)</source>
        <translation>(gesperrt: %1)</translation>
    </message>
    <message>
        <source>%1 has no linux-arm64 binary in any version: its install fails on arm64</source>
        <translation>%1 hat in keiner Version ein linux-arm64-Binary: die Installation schlägt auf arm64 fehl</translation>
    </message>
    <message>
        <source>%1 has no linux-arm64 prebuilt binary: npm compiles it from source on arm64 (first good release: %2)</source>
        <translation>%1 hat kein vorgefertigtes linux-arm64-Binary: npm kompiliert es auf arm64 aus dem Quellcode (erste gute Version: %2)</translation>
    </message>
    <message>
        <source>%1 has no linux-arm64 prebuilt binary: npm compiles it from source on arm64</source>
        <translation>%1 hat kein vorgefertigtes linux-arm64-Binary: npm kompiliert es auf arm64 aus dem Quellcode</translation>
    </message>
    <message>
        <source>The lockfile resolves this version for another package that depends on it: update it (npm update %1, or an &quot;overrides&quot; entry) and rebuild the lockfile.</source>
        <translation>Die Lockdatei löst diese Version für ein anderes Paket auf, das davon abhängt: aktualisieren Sie es (npm update %1 oder ein „overrides“-Eintrag) und erzeugen Sie die Lockdatei neu.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Replace %1 with %2</source>
        <translation>%1 durch %2 ersetzen</translation>
    </message>
    <message>
        <source>Use %1 %2 (first release with a linux-arm64 binary)</source>
        <translation>%1 %2 verwenden (erste Version mit linux-arm64-Binary)</translation>
    </message>
    <message>
        <source>Keep %1 and install what building it needs (%2)</source>
        <translation>%1 behalten und installieren, was sein Build braucht (%2)</translation>
    </message>
    <message>
        <source>%1: %2 still pins %3, which package.json no longer allows: run “%4” so the lockfile follows (a clean install refuses it as it is)</source>
        <translation>%1: %2 legt noch %3 fest, was package.json nicht mehr zulässt: Führen Sie „%4“ aus, damit die Lock-Datei folgt (eine saubere Installation lehnt sie so ab)</translation>
    </message>
    <message>
        <source>Run “%1” to update %2 before building: a clean install refuses a lockfile that does not match package.json. Armlift does not edit the lockfile: its entries carry the download URL and integrity hash of the old release.</source>
        <translation>Führen Sie vor dem Bauen „%1“ aus, um %2 zu aktualisieren: Eine saubere Installation lehnt eine Lock-Datei ab, die nicht zu package.json passt. Armlift bearbeitet die Lock-Datei nicht: Ihre Einträge enthalten Download-URL und Integritäts-Hash der alten Version.</translation>
    </message>
    <message>
        <source>Replace %1 with %2 in package.json, then run “%3”</source>
        <translation>%1 in package.json durch %2 ersetzen, dann „%3“ ausführen</translation>
    </message>
    <message>
        <source>Use %1 %2 in package.json (first release with a linux-arm64 binary), then run “%3”</source>
        <translation>%1 %2 in package.json verwenden (erste Version mit linux-arm64-Binary), dann „%3“ ausführen</translation>
    </message>
</context>
<context>
    <name>NoLinuxWheelRule</name>
    <message>
        <source>Python package without Linux wheels</source>
        <translation>Python-Paket ohne Linux-Wheels</translation>
    </message>
    <message>
        <source>A package that always builds from source on Linux is installed without its build dependencies.</source>
        <translation>Ein Paket, das unter Linux immer aus dem Quellcode gebaut wird, wird ohne seine Build-Abhängigkeiten installiert.</translation>
    </message>
    <message>
        <source>%1 publishes no Linux wheels: pip compiles it, but this stage does not install %2</source>
        <translation>%1 veröffentlicht keine Linux-Wheels: pip kompiliert es, aber diese Stage installiert %2 nicht</translation>
    </message>
    <message>
        <source>%1 is built from source on every Linux architecture, so the image needs a C compiler, the client library headers and pkg-config before pip runs. Source: %2</source>
        <translation>%1 wird auf jeder Linux-Architektur aus dem Quellcode gebaut, daher braucht das Image vor pip einen C-Compiler, die Header der Client-Bibliothek und pkg-config. Quelle: %2</translation>
    </message>
</context>
<context>
    <name>NodeModulesRule</name>
    <message>
        <source>node_modules from another platform</source>
        <translation>node_modules von einer anderen Plattform</translation>
    </message>
    <message>
        <source>node_modules comes into the image from the build context (or the lockfile lacks the linux-arm64 optional package) while the project uses packages with platform-specific native code.</source>
        <translation>node_modules gelangt aus dem Build-Kontext ins Image (oder der Lockdatei fehlt das optionale linux-arm64-Paket), während das Projekt Pakete mit plattformspezifischem nativem Code verwendet.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Install the dependencies inside the image (npm ci) and keep the host&apos;s node_modules out of the build context. </source>
        <translation>Installieren Sie die Abhängigkeiten im Image (npm ci) und halten Sie node_modules des Hosts aus dem Build-Kontext heraus. </translation>
    </message>
    <message>
        <source>node_modules is copied from the build context: its native packages (%1) were installed for the host&apos;s platform and do not load on linux/arm64</source>
        <translation>node_modules wird aus dem Build-Kontext kopiert: seine nativen Pakete (%1) wurden für die Plattform des Hosts installiert und laden nicht auf linux/arm64</translation>
    </message>
    <message>
        <source>This copies the whole project, including a local %1 (no .dockerignore entry): its native packages (%2) were installed for the host&apos;s platform and replace the ones built in the image</source>
        <translation>Dies kopiert das ganze Projekt, einschließlich eines lokalen %1 (kein .dockerignore-Eintrag): seine nativen Pakete (%2) wurden für die Plattform des Hosts installiert und ersetzen die im Image gebauten</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Also replace this COPY with an install in the image (COPY package.json and the lockfile, then RUN npm ci).</source>
        <translation>Ersetzen Sie auch dieses COPY durch eine Installation im Image (COPY package.json und die Lockdatei, dann RUN npm ci).</translation>
    </message>
    <message>
        <source>%1 lists %2&apos;s native packages for other platforms but not %3: a clean install on linux/arm64 leaves %2 without its binary</source>
        <translation>%1 führt die nativen Pakete von %2 für andere Plattformen auf, aber nicht für %3: eine saubere Installation auf linux/arm64 lässt %2 ohne sein Binary</translation>
    </message>
    <message>
        <source>npm sometimes drops the optional packages of other platforms when it writes the lockfile (npm/cli#4828). Regenerate the lockfile with a current npm (delete it and node_modules, run npm install) or add %1 to optionalDependencies.</source>
        <translation>npm lässt manchmal die optionalen Pakete anderer Plattformen weg, wenn es die Lockdatei schreibt (npm/cli#4828). Erzeugen Sie die Lockdatei mit einem aktuellen npm neu (löschen Sie sie und node_modules, führen Sie npm install aus) oder fügen Sie %1 zu optionalDependencies hinzu.</translation>
    </message>
    <message>
        <source>Create %1 with %2</source>
        <translation>%1 mit %2 anlegen</translation>
    </message>
</context>
<context>
    <name>NpmManifests</name>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>OldGoVersionRule</name>
    <message>
        <source>Go older than 1.18</source>
        <translation>Go älter als 1.18</translation>
    </message>
    <message>
        <source>Go before 1.18 passes arguments on the stack on arm64; 1.18 and later use registers and run faster.</source>
        <translation>Go vor 1.18 übergibt auf arm64 Argumente über den Stack; 1.18 und neuer verwenden Register und laufen schneller.</translation>
    </message>
    <message>
        <source>Go %1 predates the register-based calling convention on arm64 (Go %2): upgrading makes the programs faster</source>
        <translation>Go %1 ist älter als die registerbasierte Aufrufkonvention auf arm64 (Go %2): ein Upgrade macht die Programme schneller</translation>
    </message>
    <message>
        <source>Go %1 extended the register-based calling convention to 64-bit ARM; its release notes report 10% or more CPU performance, and the migration talk cites up to 20% on arm64. Source: %2</source>
        <translation>Go %1 hat die registerbasierte Aufrufkonvention auf 64-Bit-ARM ausgeweitet; die Release Notes nennen 10 % oder mehr CPU-Leistung, und der Migrationsvortrag nennt bis zu 20 % auf arm64. Quelle: %2</translation>
    </message>
    <message>
        <source>Use Go %1</source>
        <translation>Go %1 verwenden</translation>
    </message>
    <message>
        <source>The checksum of the tarball changes too: update it from https://go.dev/dl/.</source>
        <translation>Die Prüfsumme des Tarballs ändert sich ebenfalls: aktualisieren Sie sie von https://go.dev/dl/.</translation>
    </message>
    <message>
        <source>Use golang:%1</source>
        <translation>golang:%1 verwenden</translation>
    </message>
    <message>
        <source>The %1 variant is not published for Go %2; check the image&apos;s OS packages.</source>
        <translation>Die Variante %1 wird für Go %2 nicht veröffentlicht; prüfen Sie die Betriebssystempakete des Images.</translation>
    </message>
    <message>
        <source>Require Go %1 in go.mod</source>
        <translation>Go %1 in go.mod verlangen</translation>
    </message>
    <message>
        <source>Run `go mod tidy` afterwards: from go 1.17 on, go.mod also lists indirect dependencies.</source>
        <translation>Führen Sie danach `go mod tidy` aus: ab go 1.17 führt go.mod auch indirekte Abhängigkeiten auf.</translation>
    </message>
</context>
<context>
    <name>OldWheelRule</name>
    <message>
        <source>Python package without an aarch64 wheel</source>
        <translation>Python-Paket ohne aarch64-Wheel</translation>
    </message>
    <message>
        <source>A Python package is pinned below its first release with an aarch64 wheel, so pip builds it from source on arm64.</source>
        <translation>Ein Python-Paket ist unterhalb seiner ersten Version mit aarch64-Wheel gepinnt, daher baut pip es auf arm64 aus dem Quellcode.</translation>
    </message>
    <message>
        <source>pip finds no wheel for aarch64 and downloads the source distribution, which needs a C compiler and the Python headers on arm64 (and builds slowly under emulation). %1 is the first release with a manylinux aarch64 wheel.</source>
        <translation>pip findet kein Wheel für aarch64 und lädt die Quelldistribution herunter, die auf arm64 einen C-Compiler und die Python-Header braucht (und unter Emulation langsam baut). %1 ist die erste Version mit einem manylinux-aarch64-Wheel.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>%1 has no aarch64 wheel: pip builds it from source on arm64 (first release with an aarch64 wheel: %2)</source>
        <translation>%1 hat kein aarch64-Wheel: pip baut es auf arm64 aus dem Quellcode (erste Version mit aarch64-Wheel: %2)</translation>
    </message>
    <message>
        <source>Pin %1 %2 (first release with an aarch64 wheel)</source>
        <translation>%1 %2 pinnen (erste Version mit aarch64-Wheel)</translation>
    </message>
    <message>
        <source>Keep %1 and install what building it needs (%2)</source>
        <translation>%1 behalten und installieren, was sein Build braucht (%2)</translation>
    </message>
    <message>
        <source>Install the distribution package %1 instead of %2</source>
        <translation>Das Distributionspaket %1 statt %2 installieren</translation>
    </message>
    <message>
        <source>The distribution&apos;s version may differ from the pinned one; check that it suits the application.</source>
        <translation>Die Version der Distribution kann von der gepinnten abweichen; prüfen Sie, ob sie zur Anwendung passt.</translation>
    </message>
    <message>
        <source>%1 has no aarch64 wheel for Python %2 (inferred from the base image %3): pip builds it from source on arm64 (first release with a Python %2 aarch64 wheel: %4)</source>
        <translation>%1 hat kein aarch64-Wheel für Python %2 (abgeleitet aus dem Basis-Image %3): pip baut es auf arm64 aus dem Quellcode (erste Version mit aarch64-Wheel für Python %2: %4)</translation>
    </message>
    <message>
        <source>Wheels are built per Python version: older releases have aarch64 wheels for older Pythons only, so on Python %1 pip downloads the source distribution and compiles it (slowly under emulation).</source>
        <translation>Wheels werden pro Python-Version gebaut: ältere Versionen haben aarch64-Wheels nur für ältere Pythons, daher lädt pip unter Python %1 die Quelldistribution herunter und kompiliert sie (unter Emulation langsam).</translation>
    </message>
    <message>
        <source>The Python version is a guess from the distribution&apos;s python3 package.</source>
        <translation>Die Python-Version ist aus dem python3-Paket der Distribution geschätzt.</translation>
    </message>
    <message>
        <source>%1 has no musllinux aarch64 wheel: on Alpine (musl libc, inferred from the base image %2) pip builds it from source on arm64 (first release with a musllinux aarch64 wheel: %3)</source>
        <translation>%1 hat kein musllinux-aarch64-Wheel: unter Alpine (musl libc, abgeleitet aus dem Basis-Image %2) baut pip es auf arm64 aus dem Quellcode (erste Version mit musllinux-aarch64-Wheel: %3)</translation>
    </message>
    <message>
        <source>Alpine uses musl libc, which cannot load manylinux (glibc) wheels: pip needs musllinux_*_aarch64 wheels, which most projects published years after their manylinux ones. A Debian-based image (python:X.Y-slim) gets the manylinux wheels.</source>
        <translation>Alpine verwendet musl libc, das keine manylinux-Wheels (glibc) laden kann: pip braucht musllinux_*_aarch64-Wheels, die die meisten Projekte erst Jahre nach ihren manylinux-Wheels veröffentlicht haben. Ein Debian-basiertes Image (python:X.Y-slim) bekommt die manylinux-Wheels.</translation>
    </message>
    <message>
        <source>Pin %1 %2 (first release with a musllinux aarch64 wheel)</source>
        <translation>%1 %2 pinnen (erste Version mit musllinux-aarch64-Wheel)</translation>
    </message>
    <message>
        <source>Pin %1 %2 (first release with an aarch64 wheel for this Python)</source>
        <translation>%1 %2 pinnen (erste Version mit aarch64-Wheel für dieses Python)</translation>
    </message>
    <message>
        <source>%1 publishes no aarch64 wheels: pip compiles it on arm64, but this stage does not install %2</source>
        <translation>%1 veröffentlicht keine aarch64-Wheels: pip kompiliert es auf arm64, aber diese Stage installiert %2 nicht</translation>
    </message>
    <message>
        <source>%1 has wheels for x86-64 Linux only, so the amd64 build works and the arm64 build fails with “gcc: No such file or directory” or missing headers. Install the build dependencies in the stage (or use a package that publishes aarch64 wheels). Source: %2</source>
        <translation>%1 hat Wheels nur für x86-64-Linux, daher funktioniert der amd64-Build, und der arm64-Build schlägt mit „gcc: No such file or directory“ oder fehlenden Headern fehl. Installieren Sie die Build-Abhängigkeiten in der Stage (oder verwenden Sie ein Paket, das aarch64-Wheels veröffentlicht). Quelle: %2</translation>
    </message>
    <message>
        <source>%1 was published without aarch64 wheels: pip builds it from source on arm64</source>
        <translation>%1 wurde ohne aarch64-Wheels veröffentlicht: pip baut es auf arm64 aus dem Quellcode</translation>
    </message>
    <message>
        <source>The releases around it have aarch64 wheels, this one does not: pin a neighbouring release (or install a compiler and the package&apos;s headers and accept a slow source build). Source: %1</source>
        <translation>Die Versionen davor und danach haben aarch64-Wheels, diese nicht: pinnen Sie eine benachbarte Version (oder installieren Sie einen Compiler und die Header des Pakets und nehmen Sie einen langsamen Build aus dem Quellcode in Kauf). Quelle: %1</translation>
    </message>
    <message>
        <source>Pin %1 %2 (has aarch64 wheels)</source>
        <translation>%1 %2 pinnen (hat aarch64-Wheels)</translation>
    </message>
    <message>
        <source>%1 has only %2 wheels for aarch64 (glibc %3 or later), but %4 has glibc %5: pip builds it from source on arm64</source>
        <translation>%1 hat für aarch64 nur %2-Wheels (glibc %3 oder neuer), aber %4 hat glibc %5: pip baut es auf arm64 aus dem Quellcode</translation>
    </message>
    <message>
        <source>A manylinux_2_28 wheel needs glibc 2.28; older images (CentOS 7: 2.17, Amazon Linux 2: 2.26) fall back to the source distribution. Pin a release below %1, or use a base image with glibc %2 or later. Source: %3; %4</source>
        <translation>Ein manylinux_2_28-Wheel braucht glibc 2.28; ältere Images (CentOS 7: 2.17, Amazon Linux 2: 2.26) fallen auf die Quelldistribution zurück. Pinnen Sie eine Version unter %1, oder verwenden Sie ein Basis-Image mit glibc %2 oder neuer. Quelle: %3; %4</translation>
    </message>
    <message>
        <source>This stage installs what the source build needs (%1), so the build works on arm64, only more slowly.</source>
        <translation>Diese Stage installiert, was der Build aus dem Quellcode braucht (%1), daher funktioniert der Build auf arm64, nur langsamer.</translation>
    </message>
    <message>
        <source>%1 is an x86 wheel (platform tag %2): pip refuses it on arm64 with &quot;is not a supported wheel on this platform&quot;</source>
        <translation>%1 ist ein x86-Wheel (Plattform-Tag %2): pip lehnt es auf arm64 mit &quot;is not a supported wheel on this platform&quot; ab</translation>
    </message>
    <message>
        <source>A wheel runs only on the platforms its file name lists. Install the package by name and version (pip then picks the wheel for the image&apos;s architecture), or choose the wheel per architecture, e.g. from $(uname -m) (x86_64 / aarch64), when the vendor publishes an aarch64 one.</source>
        <translation>Ein Wheel läuft nur auf den Plattformen, die sein Dateiname nennt. Installieren Sie das Paket über Name und Version (pip wählt dann das Wheel für die Architektur des Images), oder wählen Sie das Wheel pro Architektur, z. B. über $(uname -m) (x86_64 / aarch64), wenn der Hersteller ein aarch64-Wheel veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>PlatformArgRule</name>
    <message>
        <source>platform ARG not declared in the stage</source>
        <translation>Plattform-ARG in der Stage nicht deklariert</translation>
    </message>
    <message>
        <source>$TARGETARCH or another BuildKit platform argument is used in a stage that does not declare it.</source>
        <translation>$TARGETARCH oder ein anderes BuildKit-Plattformargument wird in einer Stage verwendet, die es nicht deklariert.</translation>
    </message>
    <message>
        <source>$%1 is used in a stage that does not declare `ARG %1`, so it expands to an empty string here.</source>
        <translation>$%1 wird in einer Stage verwendet, die `ARG %1` nicht deklariert, daher wird es hier zu einer leeren Zeichenkette.</translation>
    </message>
    <message>
        <source>BuildKit&apos;s platform arguments exist only before the first FROM; add `ARG %1` after this stage&apos;s FROM line to use it in the stage.</source>
        <translation>Die Plattformargumente von BuildKit existieren nur vor dem ersten FROM; fügen Sie `ARG %1` nach der FROM-Zeile dieser Stage hinzu, um es in der Stage zu verwenden.</translation>
    </message>
    <message>
        <source>Declare ARG %1 in this stage</source>
        <translation>ARG %1 in dieser Stage deklarieren</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>%1: outside the scanned folder</source>
        <translation>%1: außerhalb des geprüften Ordners</translation>
    </message>
    <message>
        <source>%1: symbolic link to a file outside the scanned folder; not followed</source>
        <translation>%1: symbolischer Link auf eine Datei außerhalb des geprüften Ordners; nicht verfolgt</translation>
    </message>
</context>
<context>
    <name>PythonFixes</name>
    <message>
        <source>These are the Debian package names: this stage uses neither apt nor apk, so install the equivalents of its own package manager.</source>
        <translation>Dies sind die Debian-Paketnamen: diese Stage verwendet weder apt noch apk, installieren Sie daher die Entsprechungen ihres eigenen Paketmanagers.</translation>
    </message>
    <message>
        <source>Install the build dependencies of %1 (%2)</source>
        <translation>Die Build-Abhängigkeiten von %1 installieren (%2)</translation>
    </message>
</context>
<context>
    <name>ToolDownloadRule</name>
    <message>
        <source>amd64 tool download</source>
        <translation>amd64-Download eines Werkzeugs</translation>
    </message>
    <message>
        <source>A known tool is downloaded as its amd64 build on every architecture.</source>
        <translation>Ein bekanntes Werkzeug wird auf jeder Architektur als amd64-Build heruntergeladen.</translation>
    </message>
    <message>
        <source>This downloads the amd64 build of %1 (“%2”), which cannot run on arm64.</source>
        <translation>Dies lädt den amd64-Build von %1 („%2“) herunter, der auf arm64 nicht läuft.</translation>
    </message>
    <message>
        <source>Download the arm64 build (“%1”) on arm64: derive the name from the target architecture so the same Dockerfile still builds for amd64.</source>
        <translation>Auf arm64 den arm64-Build („%1“) herunterladen: leiten Sie den Namen von der Zielarchitektur ab, damit dasselbe Dockerfile weiterhin für amd64 baut.</translation>
    </message>
    <message>
        <source>The checksum verified on line %1 belongs to the amd64 file: update it for arm64.</source>
        <translation>Die in Zeile %1 geprüfte Prüfsumme gehört zur amd64-Datei: aktualisieren Sie sie für arm64.</translation>
    </message>
    <message>
        <source>Use $(uname -m) (x86_64 or aarch64, as %1 spells them)</source>
        <translation>$(uname -m) verwenden (x86_64 oder aarch64, wie %1 sie schreibt)</translation>
    </message>
    <message>
        <source>Map TARGETARCH to %1&apos;s spelling in %2</source>
        <translation>TARGETARCH in %2 auf die Schreibweise von %1 abbilden</translation>
    </message>
    <message>
        <source>Use ${TARGETARCH} in the download (builds for amd64 and arm64)</source>
        <translation>${TARGETARCH} im Download verwenden (baut für amd64 und arm64)</translation>
    </message>
    <message>
        <source>Download the arm64 build (%1)</source>
        <translation>Den arm64-Build herunterladen (%1)</translation>
    </message>
    <message>
        <source>This downloads a linux/%1 (x86-64) build, which cannot run on arm64.</source>
        <translation>Dies lädt einen linux/%1-Build (x86-64) herunter, der auf arm64 nicht läuft.</translation>
    </message>
    <message>
        <source>Name the download after the target architecture: ${TARGETARCH} is amd64 or arm64, the spelling most release pages use for their arm64 build.</source>
        <translation>Benennen Sie den Download nach der Zielarchitektur: ${TARGETARCH} ist amd64 oder arm64, die Schreibweise, die die meisten Release-Seiten für ihren arm64-Build verwenden.</translation>
    </message>
    <message>
        <source>The checksum verified here belongs to the amd64 file: update it for arm64.</source>
        <translation>Die hier geprüfte Prüfsumme gehört zur amd64-Datei: aktualisieren Sie sie für arm64.</translation>
    </message>
    <message>
        <source>This URL follows %1, which names the arm64 build “%2” where it says “%3”: choose the name from TARGETARCH so the same Dockerfile builds for both.</source>
        <translation>Diese URL folgt dem Schema von %1, das den arm64-Build „%2“ nennt, wo hier „%3“ steht: wählen Sie den Namen über TARGETARCH, damit dasselbe Dockerfile für beide baut.</translation>
    </message>
    <message>
        <source>Download the vendor&apos;s arm64 build on arm64 (often spelled aarch64 or arm64 where this URL says %1; Armlift does not know this vendor&apos;s spelling, so it offers no fix): check the release page and choose the name from TARGETARCH or $(uname -m) so the same Dockerfile builds for both.</source>
        <translation>Auf arm64 den arm64-Build des Herstellers herunterladen (oft aarch64 oder arm64 geschrieben, wo diese URL %1 sagt; Armlift kennt die Schreibweise dieses Herstellers nicht und bietet daher keine Korrektur an): prüfen Sie die Release-Seite und wählen Sie den Namen über TARGETARCH oder $(uname -m), damit dasselbe Dockerfile für beide baut.</translation>
    </message>
    <message>
        <source>Use $(uname -m) (x86_64 or aarch64)</source>
        <translation>$(uname -m) verwenden (x86_64 oder aarch64)</translation>
    </message>
    <message>
        <source>Map TARGETARCH to this naming scheme in %1</source>
        <translation>TARGETARCH in %1 auf dieses Namensschema abbilden</translation>
    </message>
</context>
<context>
    <name>X86CompilerFlagRule</name>
    <message>
        <source>x86-only compiler flag</source>
        <translation>reines x86-Compiler-Flag</translation>
    </message>
    <message>
        <source>An x86-only compiler flag (-msse4.2, -mavx2, -march=haswell …) makes GCC and Clang for aarch64 fail.</source>
        <translation>Ein reines x86-Compiler-Flag (-msse4.2, -mavx2, -march=haswell …) lässt GCC und Clang für aarch64 scheitern.</translation>
    </message>
    <message>
        <source>%1 names an x86 CPU: GCC and Clang for aarch64 reject it</source>
        <translation>%1 benennt eine x86-CPU: GCC und Clang für aarch64 lehnen es ab</translation>
    </message>
    <message>
        <source>%1 is an x86-only compiler flag: GCC and Clang for aarch64 reject it</source>
        <translation>%1 ist ein reines x86-Compiler-Flag: GCC und Clang für aarch64 lehnen es ab</translation>
    </message>
    <message>
        <source>x86 -m options do not exist on aarch64, so the compiler stops with &quot;unrecognized command-line option&quot; or &quot;unknown value for -march&quot;. Remove the flag, or set it only when building for x86_64. %1 Source: %2</source>
        <translation>x86-Optionen -m gibt es auf aarch64 nicht, daher bricht der Compiler mit &quot;unrecognized command-line option&quot; oder &quot;unknown value for -march&quot; ab. Entfernen Sie das Flag oder setzen Sie es nur beim Bauen für x86_64. %1 Quelle: %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Use %1 on x86_64 and %2 on arm64</source>
        <translation>%1 auf x86_64 und %2 auf arm64 verwenden</translation>
    </message>
</context>
<context>
    <name>X86OnlyArtifactRule</name>
    <message>
        <source>x86-only artefact</source>
        <translation>Artefakt nur für x86</translation>
    </message>
    <message>
        <source>An artefact that has no arm64 build (Google Chrome&apos;s .deb, emsdk&apos;s tools, PhantomJS…) is used.</source>
        <translation>Ein Artefakt ohne arm64-Build (das .deb von Google Chrome, die Werkzeuge von emsdk, PhantomJS…) wird verwendet.</translation>
    </message>
    <message>
        <source>%1 has no arm64 build: %2</source>
        <translation>%1 hat keinen arm64-Build: %2</translation>
    </message>
    <message>
        <source>Install the distribution package %1 instead</source>
        <translation>Stattdessen das Distributionspaket %1 installieren</translation>
    </message>
    <message>
        <source>The browser binary becomes /usr/bin/%1: update commands that call google-chrome.</source>
        <translation>Das Browser-Binary wird zu /usr/bin/%1: passen Sie Befehle an, die google-chrome aufrufen.</translation>
    </message>
    <message>
        <source>The browser binary becomes /usr/bin/%1, and Google&apos;s apt repository is no longer needed.</source>
        <translation>Das Browser-Binary wird zu /usr/bin/%1, und das apt-Repository von Google wird nicht mehr gebraucht.</translation>
    </message>
    <message>
        <source>Run this stage on the build machine (--platform=$BUILDPLATFORM)</source>
        <translation>Diese Stage auf der Build-Maschine ausführen (--platform=$BUILDPLATFORM)</translation>
    </message>
    <message>
        <source>The stage then always runs natively on the build machine; this is right because only its architecture-independent output is copied into later stages.</source>
        <translation>Die Stage läuft dann immer nativ auf der Build-Maschine; das ist richtig, weil nur ihr architekturunabhängiges Ergebnis in spätere Stages kopiert wird.</translation>
    </message>
</context>
<context>
    <name>knowledge</name>
    <message>
        <source>Install Debian&apos;s chromium package instead (binary /usr/bin/chromium); on Ubuntu the chromium package is a snap that does not work in containers, so use a Debian-based image or Playwright&apos;s Chromium.</source>
        <translation>Installieren Sie stattdessen das chromium-Paket von Debian (Binary /usr/bin/chromium); unter Ubuntu ist das chromium-Paket ein Snap, der in Containern nicht funktioniert, verwenden Sie also ein Debian-basiertes Image oder das Chromium von Playwright.</translation>
    </message>
    <message>
        <source>Google publishes this .deb for amd64 only, so it does not install on arm64.</source>
        <translation>Google veröffentlicht dieses .deb nur für amd64, daher lässt es sich auf arm64 nicht installieren.</translation>
    </message>
    <message>
        <source>Install Debian&apos;s chromium package instead (binary /usr/bin/chromium); on Ubuntu the chromium package is a snap that does not work in containers.</source>
        <translation>Installieren Sie stattdessen das chromium-Paket von Debian (Binary /usr/bin/chromium); unter Ubuntu ist das chromium-Paket ein Snap, der in Containern nicht funktioniert.</translation>
    </message>
    <message>
        <source>Google&apos;s Chrome apt repository has amd64 packages only, so apt finds no google-chrome package on arm64.</source>
        <translation>Das Chrome-apt-Repository von Google hat nur amd64-Pakete, daher findet apt auf arm64 kein google-chrome-Paket.</translation>
    </message>
    <message>
        <source>Build the WebAssembly output in a stage that runs on the build machine (FROM --platform=$BUILDPLATFORM …) and COPY --from it: the .wasm/.js files do not depend on the CPU; or pin an emsdk release that supports linux-arm64.</source>
        <translation>Bauen Sie die WebAssembly-Ausgabe in einer Stage, die auf der Build-Maschine läuft (FROM --platform=$BUILDPLATFORM …), und kopieren Sie sie mit COPY --from: die .wasm/.js-Dateien hängen nicht von der CPU ab; oder pinnen Sie ein emsdk-Release, das linux-arm64 unterstützt.</translation>
    </message>
    <message>
        <source>emsdk install fetched tools (cipd) that had no linux-arm64 build, so it fails on arm64 (migration talk, other notable cases).</source>
        <translation>emsdk install holte Werkzeuge (cipd), für die es keinen linux-arm64-Build gab, daher schlägt es auf arm64 fehl (Migrationsvortrag, weitere bemerkenswerte Fälle).</translation>
    </message>
    <message>
        <source>Replace PhantomJS with headless Chromium (Puppeteer or Playwright).</source>
        <translation>Ersetzen Sie PhantomJS durch Headless-Chromium (Puppeteer oder Playwright).</translation>
    </message>
    <message>
        <source>PhantomJS is abandoned and never shipped an arm64 Linux binary.</source>
        <translation>PhantomJS wird nicht mehr gepflegt und hat nie ein arm64-Linux-Binary ausgeliefert.</translation>
    </message>
    <message>
        <source>Use jq 1.7 or later with jq-linux-${TARGETARCH} (after ARG TARGETARCH), or the distribution&apos;s jq package.</source>
        <translation>Verwenden Sie jq 1.7 oder neuer mit jq-linux-${TARGETARCH} (nach ARG TARGETARCH) oder das jq-Paket der Distribution.</translation>
    </message>
    <message>
        <source>jq-linux64 is the amd64 binary; jq 1.6 and older have no arm64 binary.</source>
        <translation>jq-linux64 ist das amd64-Binary; jq 1.6 und älter haben kein arm64-Binary.</translation>
    </message>
    <message>
        <source>Install wkhtmltox 0.12.6 or later from the distribution package for your base image (e.g. wkhtmltox_0.12.6.1-…_$(dpkg --print-architecture).deb).</source>
        <translation>Installieren Sie wkhtmltox 0.12.6 oder neuer aus dem Distributionspaket für Ihr Basis-Image (z. B. wkhtmltox_0.12.6.1-…_$(dpkg --print-architecture).deb).</translation>
    </message>
    <message>
        <source>The generic wkhtmltox tarball exists for amd64 only; arm64 packages start with 0.12.6 as distribution packages.</source>
        <translation>Den generischen wkhtmltox-Tarball gibt es nur für amd64; arm64-Pakete gibt es ab 0.12.6 als Distributionspakete.</translation>
    </message>
    <message>
        <source>32-bit x86 packages cannot run on arm64, and Ubuntu&apos;s ports mirror has no i386 indexes</source>
        <translation>32-Bit-x86-Pakete laufen nicht auf arm64, und der Ports-Mirror von Ubuntu hat keine i386-Indizes</translation>
    </message>
    <message>
        <source>builds 32-bit x86 code; Debian and Ubuntu have no arm64 package</source>
        <translation>erzeugt 32-Bit-x86-Code; Debian und Ubuntu haben kein arm64-Paket</translation>
    </message>
    <message>
        <source>CentOS 6 and 7 are end-of-life; Rocky Linux or AlmaLinux 8+ are maintained and multi-arch.</source>
        <translation>CentOS 6 und 7 haben ihr Lebensende erreicht; Rocky Linux oder AlmaLinux 8+ werden gepflegt und sind Multi-Arch.</translation>
    </message>
    <message>
        <source>CUDA images have arm64 variants from the 11.0 tags on: move to a 11.x or newer tag of the same flavour (base/runtime/devel).</source>
        <translation>CUDA-Images haben ab den 11.0-Tags arm64-Varianten: wechseln Sie auf ein 11.x- oder neueres Tag derselben Variante (base/runtime/devel).</translation>
    </message>
    <message>
        <source>There is no drop-in replacement: Azure SQL Edge, once the arm64 substitute, was retired in September 2025. Run this service on amd64 (or emulated), or move to a database with arm64 images.</source>
        <translation>Es gibt keinen direkten Ersatz: Azure SQL Edge, einst der arm64-Ersatz, wurde im September 2025 eingestellt. Betreiben Sie diesen Dienst auf amd64 (oder emuliert) oder wechseln Sie zu einer Datenbank mit arm64-Images.</translation>
    </message>
    <message>
        <source>mysql 8.0 is the first version with official arm64 images; it is a major upgrade (check compatibility), mariadb is an alternative.</source>
        <translation>mysql 8.0 ist die erste Version mit offiziellen arm64-Images; es ist ein großes Upgrade (prüfen Sie die Kompatibilität), mariadb ist eine Alternative.</translation>
    </message>
    <message>
        <source>The official elasticsearch image has arm64 from 7.8.0; Elastic never published 6.x for arm64.</source>
        <translation>Das offizielle elasticsearch-Image hat arm64 ab 7.8.0; Elastic hat 6.x nie für arm64 veröffentlicht.</translation>
    </message>
    <message>
        <source>Elastic never published 6.x for arm64; arm64 images start with 7.8.0.</source>
        <translation>Elastic hat 6.x nie für arm64 veröffentlicht; arm64-Images gibt es ab 7.8.0.</translation>
    </message>
    <message>
        <source>SonarQube images have arm64 from the 9.9 LTS (February 2023); 8.9 LTS never did.</source>
        <translation>SonarQube-Images haben arm64 ab dem 9.9 LTS (Februar 2023); 8.9 LTS hatte es nie.</translation>
    </message>
    <message>
        <source>Amazon Linux 1 (2018.03) is amd64-only; amazonlinux:2 gained arm64v8 in November 2018.</source>
        <translation>Amazon Linux 1 (2018.03) gibt es nur für amd64; amazonlinux:2 erhielt arm64v8 im November 2018.</translation>
    </message>
    <message>
        <source>Docker Hub&apos;s google/cloud-sdk is amd64-only; the multi-arch images live at gcr.io/google.com/cloudsdktool/google-cloud-cli (pin a version instead of :stable).</source>
        <translation>google/cloud-sdk auf Docker Hub gibt es nur für amd64; die Multi-Arch-Images liegen unter gcr.io/google.com/cloudsdktool/google-cloud-cli (pinnen Sie eine Version statt :stable).</translation>
    </message>
    <message>
        <source>Oracle XE images are amd64-only; gvenzl/oracle-free (Oracle Database 23ai Free) has arm64 since November 2024. It is a different edition: check compatibility.</source>
        <translation>Oracle-XE-Images gibt es nur für amd64; gvenzl/oracle-free (Oracle Database 23ai Free) hat arm64 seit November 2024. Es ist eine andere Edition: prüfen Sie die Kompatibilität.</translation>
    </message>
    <message>
        <source>Install Debian&apos;s chromium and chromium-driver packages, which are built for arm64, and point Selenium at /usr/bin/chromedriver.</source>
        <translation>Installieren Sie die Debian-Pakete chromium und chromium-driver, die für arm64 gebaut werden, und verweisen Sie Selenium auf /usr/bin/chromedriver.</translation>
    </message>
    <message>
        <source>ChromeDriver up to version 114 (chromedriver.storage.googleapis.com) was published for x86-64 Linux only: there is no arm64 build of it.</source>
        <translation>ChromeDriver bis Version 114 (chromedriver.storage.googleapis.com) wurde nur für x86-64-Linux veröffentlicht: es gibt keinen arm64-Build davon.</translation>
    </message>
    <message>
        <source>Install Debian&apos;s chromium and chromium-driver packages on arm64, or use version 153 or later, whose linux-arm64 builds are named chrome-linux-arm64.zip / chromedriver-linux-arm64.zip.</source>
        <translation>Installieren Sie auf arm64 die Debian-Pakete chromium und chromium-driver, oder verwenden Sie Version 153 oder neuer, deren linux-arm64-Builds chrome-linux-arm64.zip / chromedriver-linux-arm64.zip heißen.</translation>
    </message>
    <message>
        <source>Chrome for Testing published Linux builds for x86-64 only (linux64) before version 153: this version has no arm64 Linux build.</source>
        <translation>Chrome for Testing veröffentlichte vor Version 153 Linux-Builds nur für x86-64 (linux64): diese Version hat keinen arm64-Linux-Build.</translation>
    </message>
    <message>
        <source>32-bit x86 (multilib) library: Debian and Ubuntu build it for x86-64 only, so apt finds no arm64 package</source>
        <translation>32-Bit-x86-Bibliothek (Multilib): Debian und Ubuntu bauen sie nur für x86-64, daher findet apt kein arm64-Paket</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Armlift finds what breaks when container builds move from x86_64 to arm64, and fixes it.</source>
        <translation>Armlift findet, was bricht, wenn Container-Builds von x86_64 auf arm64 umziehen, und behebt es.</translation>
    </message>
    <message>
        <source>Render the main window (1280x800) after the scan, write it as PNG to &lt;file&gt; and exit.</source>
        <translation>Das Hauptfenster (1280x800) nach dem Scan rendern, als PNG nach &lt;file&gt; schreiben und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Open &lt;file&gt; (relative to PATH) in the editor.</source>
        <translation>&lt;file&gt; (relativ zu PATH) im Editor öffnen.</translation>
    </message>
    <message>
        <source>Use the dark or light palette for the whole application.</source>
        <translation>Die dunkle oder helle Farbpalette für die ganze Anwendung verwenden.</translation>
    </message>
    <message>
        <source>Folder (or Dockerfile) to open.</source>
        <translation>Zu öffnender Ordner (oder Dockerfile).</translation>
    </message>
    <message>
        <source>armlift: --theme must be dark or light, not %1
</source>
        <translation>armlift: --theme muss dark oder light sein, nicht %1
</translation>
    </message>
    <message>
        <source>armlift: give one folder to open, not %1
</source>
        <translation>armlift: geben Sie einen Ordner zum Öffnen an, nicht %1
</translation>
    </message>
    <message>
        <source>Open your copy of the bundled workshop (made in the user&apos;s data folder on first use).</source>
        <translation>Ihre Kopie des mitgelieferten Workshops öffnen (wird beim ersten Mal im Datenordner des Benutzers angelegt).</translation>
    </message>
    <message>
        <source>armlift: --workshop opens the workshop; give no PATH
</source>
        <translation>armlift: --workshop öffnet den Workshop; geben Sie keinen PATH an
</translation>
    </message>
</context>
</TS>
