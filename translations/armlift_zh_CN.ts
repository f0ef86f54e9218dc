<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Amd64PackageRule</name>
    <message>
        <source>amd64 distribution package</source>
        <translation>amd64 发行版软件包</translation>
    </message>
    <message>
        <source>An amd64 .deb/.rpm, the i386 architecture or an x86-only package is installed on every architecture.</source>
        <translation>在所有架构上都安装了 amd64 的 .deb/.rpm、i386 架构或仅限 x86 的软件包。</translation>
    </message>
    <message>
        <source>%1 is an amd64 package: it does not install on arm64.</source>
        <translation>%1 是 amd64 软件包：无法安装在 arm64 上。</translation>
    </message>
    <message>
        <source>Name the package after the architecture being built, and check that the vendor publishes an arm64 package (%1).</source>
        <translation>按正在构建的架构命名软件包，并确认厂商发布了 arm64 软件包（%1）。</translation>
    </message>
    <message>
        <source>Use %1 in the package name</source>
        <translation>在软件包名称中使用 %1</translation>
    </message>
    <message>
        <source>Use the arm64 package (%1)</source>
        <translation>使用 arm64 软件包（%1）</translation>
    </message>
    <message>
        <source>The %1 architecture is x86: its packages cannot run on arm64, and Ubuntu&apos;s ports mirror has no %1 indexes.</source>
        <translation>%1 架构属于 x86：其软件包无法在 arm64 上运行，而且 Ubuntu 的 ports 镜像没有 %1 的索引。</translation>
    </message>
    <message>
        <source>Remove `dpkg --add-architecture %1` and the :%1 packages, or keep this stage on amd64 if it really needs 32-bit x86 binaries.</source>
        <translation>删除 `dpkg --add-architecture %1` 和 :%1 软件包；如果此阶段确实需要 32 位 x86 二进制文件，则保留在 amd64 上。</translation>
    </message>
    <message>
        <source>Remove `dpkg --add-architecture %1`</source>
        <translation>删除 `dpkg --add-architecture %1`</translation>
    </message>
    <message>
        <source>%1 builds 32-bit x86 code and has no arm64 package: apt-get install fails on arm64.</source>
        <translation>%1 会构建 32 位 x86 代码且没有 arm64 软件包：在 arm64 上 apt-get install 会失败。</translation>
    </message>
    <message>
        <source>Remove %1; code that needs -m32 must be built for the native architecture instead.</source>
        <translation>删除 %1；需要 -m32 的代码必须改为针对原生架构构建。</translation>
    </message>
    <message>
        <source>Remove %1 from the install list</source>
        <translation>从安装列表中删除 %1</translation>
    </message>
    <message>
        <source>Install the vendor&apos;s arm64 package on arm64: where this name says %1, vendors write arm64 or aarch64, so choose the name from $(uname -m) or TARGETARCH after checking the release page.</source>
        <translation>在 arm64 上请安装供应商的 arm64 软件包：此名称中写 %1 的位置，供应商会写 arm64 或 aarch64，因此请在查看发布页面后根据 $(uname -m) 或 TARGETARCH 选择名称。</translation>
    </message>
</context>
<context>
    <name>ApacheTvmRule</name>
    <message>
        <source>apache-tvm without an aarch64 wheel</source>
        <translation>没有 aarch64 wheel 的 apache-tvm</translation>
    </message>
    <message>
        <source>apache-tvm below 0.11.1 has no aarch64 wheel: pip finds no distribution on arm64.</source>
        <translation>低于 0.11.1 的 apache-tvm 没有 aarch64 wheel：pip 在 arm64 上找不到发行包。</translation>
    </message>
    <message>
        <source>%1 has no aarch64 wheel: pip fails with &quot;No matching distribution found&quot; on arm64 (first release with one: %2)</source>
        <translation>%1 没有 aarch64 wheel：在 arm64 上 pip 会因 &quot;No matching distribution found&quot; 而失败（首个带 wheel 的版本：%2）</translation>
    </message>
    <message>
        <source>To keep %1: %2</source>
        <translation>要保留 %1：%2</translation>
    </message>
</context>
<context>
    <name>Armlift</name>
    <message>
        <source>offline, and %1 is not in the cache</source>
        <translation>离线，且 %1 不在缓存中</translation>
    </message>
    <message>
        <source>%1 sent malformed JSON (%2)</source>
        <translation>%1 发送了格式错误的 JSON（%2）</translation>
    </message>
    <message>
        <source>%1 was not found</source>
        <translation>未找到 %1</translation>
    </message>
    <message>
        <source>%1 limits the request rate (HTTP 429)</source>
        <translation>%1 限制了请求频率（HTTP 429）</translation>
    </message>
    <message>
        <source>(Answer from the cache, %1 old.)</source>
        <translation>（来自缓存的结果，已有 %1。）</translation>
    </message>
    <message>
        <source>%1:%2: cannot check the base image %3: %4</source>
        <translation>%1:%2：无法检查基础镜像 %3：%4</translation>
    </message>
    <message>
        <source>%1 has no linux/arm64 variant: the registry lists only %2, so pulling it on arm64 fails with “no matching manifest for linux/arm64/v8”.</source>
        <translation>%1 没有 linux/arm64 变体：镜像仓库只列出了 %2，因此在 arm64 上拉取会因“no matching manifest for linux/arm64/v8”而失败。</translation>
    </message>
    <message>
        <source>Use a tag or an image that is published for linux/arm64, or build this stage for amd64 on purpose with --platform=linux/amd64.</source>
        <translation>请使用为 linux/arm64 发布的标签或镜像，或有意使用 --platform=linux/amd64 为 amd64 构建此阶段。</translation>
    </message>
    <message>
        <source>Use %1 (has linux/arm64)</source>
        <translation>使用 %1（有 linux/arm64）</translation>
    </message>
    <message>
        <source>A newer tag: check the release notes before switching.</source>
        <translation>较新的标签：切换前请查看发行说明。</translation>
    </message>
    <message>
        <source>%1:%2: cannot check %3 on PyPI: %4</source>
        <translation>%1:%2：无法在 PyPI 上检查 %3：%4</translation>
    </message>
    <message>
        <source>any CPython version</source>
        <translation>任意 CPython 版本</translation>
    </message>
    <message>
        <source>CPython %1 (guessed from %2)</source>
        <translation>CPython %1（根据 %2 推测）</translation>
    </message>
    <message>
        <source>CPython %1 (from %2)</source>
        <translation>CPython %1（来自 %2）</translation>
    </message>
    <message>
        <source>%1 has no aarch64 wheel on PyPI for %2: pip builds it from source on arm64</source>
        <translation>%1 在 PyPI 上没有适用于 %2 的 aarch64 wheel：pip 会在 arm64 上从源码构建它</translation>
    </message>
    <message>
        <source>PyPI lists no manylinux/musllinux aarch64 wheel of %1 %2 for that interpreter, so pip downloads the source distribution and needs a compiler and headers on arm64.</source>
        <translation>PyPI 没有为该解释器列出 %1 %2 的 manylinux/musllinux aarch64 wheel，因此 pip 会下载源码包，在 arm64 上需要编译器和头文件。</translation>
    </message>
    <message>
        <source>%1 is the first release from the pin on with a suitable wheel (aarch64 wheels for CPython %2).</source>
        <translation>%1 是从固定版本起首个带有合适 wheel 的版本（适用于 CPython %2 的 aarch64 wheel）。</translation>
    </message>
    <message>
        <source>No release from %1 on has one.</source>
        <translation>自 %1 起没有任何版本提供。</translation>
    </message>
    <message>
        <source>Pin %1 %2 (first release with an aarch64 wheel for %3)</source>
        <translation>将 %1 固定为 %2（首个提供 %3 的 aarch64 wheel 的版本）</translation>
    </message>
    <message>
        <source>%1:%2: cannot read Go checksums from go.dev: %3</source>
        <translation>%1:%2：无法从 go.dev 读取 Go 校验和：%3</translation>
    </message>
    <message>
        <source>Go %1 is the latest patch release of Go %2 (go.dev); consider it too.</source>
        <translation>Go %1 是 Go %2 的最新补丁版本（go.dev）；也可以考虑它。</translation>
    </message>
    <message>
        <source>%1:%2: expected `key = value`</source>
        <translation>%1:%2：应为 `key = value`</translation>
    </message>
    <message>
        <source>%1:%2: cannot read the value of `%3`</source>
        <translation>%1:%2：无法读取 `%3` 的值</translation>
    </message>
    <message>
        <source>A fix edits a file outside the project; nothing was changed.</source>
        <translation>某个修复会编辑项目之外的文件；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 has aarch64 wheels on PyPI only for glibc %2 or later, but %3 has glibc %4: pip builds it from source on arm64</source>
        <translation>%1 在 PyPI 上的 aarch64 wheel 仅适用于 glibc %2 或更高版本，但 %3 的 glibc 为 %4：pip 会在 arm64 上从源码构建</translation>
    </message>
    <message>
        <source>The aarch64 wheels of %1 %2 are manylinux wheels that need glibc %3; pip skips them on an image with an older glibc and downloads the source distribution. Pin an older release, or use a base image with glibc %3 or later.</source>
        <translation>%1 %2 的 aarch64 wheel 是需要 glibc %3 的 manylinux wheel；在 glibc 较旧的镜像上 pip 会跳过它们并下载源码包。请固定为更早的版本，或使用 glibc %3 或更高版本的基础镜像。</translation>
    </message>
</context>
<context>
    <name>Armlift::BuildLogDoctor</name>
    <message>
        <source>(build log line %1: %2)</source>
        <translation>（构建日志第 %1 行：%2）</translation>
    </message>
    <message>
        <source>In this Dockerfile: %1</source>
        <translation>在此 Dockerfile 中：%1</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>该程序</translation>
    </message>
    <message>
        <source>exec format error in a FROM scratch stage: scratch has no platform of its own; %1 is copied from stage %2, which builds it for x86-64 (amd64).</source>
        <translation>FROM scratch 阶段中的 exec format error：scratch 本身没有平台；%1 从阶段 %2 复制而来，而该阶段将它构建为 x86-64 (amd64) 版本。</translation>
    </message>
    <message>
        <source>exec format error in a FROM scratch stage: scratch has no platform of its own; %1 is copied in from %2, an x86-64 (amd64) build.</source>
        <translation>FROM scratch 阶段中的 exec format error：scratch 本身没有平台；%1 从 %2 复制而来，是 x86-64 (amd64) 构建。</translation>
    </message>
    <message>
        <source>A scratch image holds only the files copied into it, so the base image is not the problem. Build %1 for the target architecture (GOARCH=$TARGETARCH with ARG TARGETARCH, the arm64 download), or copy the arm64 build.</source>
        <translation>scratch 镜像只包含复制进去的文件，因此问题不在基础镜像。请为目标架构构建 %1（ARG TARGETARCH 配合 GOARCH=$TARGETARCH，或下载 arm64 版本），或复制 arm64 构建产物。</translation>
    </message>
</context>
<context>
    <name>Armlift::BuildLogPane</name>
    <message>
        <source>Build Log</source>
        <translation>构建日志</translation>
    </message>
    <message>
        <source>Paste the output of a failed docker build, buildx, buildah or podman build here, or drop a log file.</source>
        <translation>在此粘贴失败的 docker build、buildx、buildah 或 podman build 的输出，或拖放日志文件。</translation>
    </message>
    <message>
        <source>Build log</source>
        <translation>构建日志</translation>
    </message>
    <message>
        <source>Open Log…</source>
        <translation>打开日志…</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>应用修复</translation>
    </message>
    <message>
        <source>Apply the first quick fix of the selected cause to the Dockerfile</source>
        <translation>将所选原因的第一个快速修复应用到 Dockerfile</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Causes of the failed build</source>
        <translation>构建失败的原因</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that the file exists and is readable.</source>
        <translation>无法读取 %1：%2。请检查文件是否存在且可读。</translation>
    </message>
    <message>
        <source>Open Build Log</source>
        <translation>打开构建日志</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>日志 (*.log *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>pasted log</source>
        <translation>粘贴的日志</translation>
    </message>
    <message>
        <source>Open %1 at line %2</source>
        <translation>在第 %2 行打开 %1</translation>
    </message>
    <message>
        <source>Line %1 of the build log; open the project that was built to see the Dockerfile line</source>
        <translation>构建日志第 %1 行；打开所构建的项目即可查看 Dockerfile 中的行</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s) found. Activate a location to open the Dockerfile line.</source>
        <translation>
            <numerusform>找到 %n 个原因。激活某个位置即可打开对应的 Dockerfile 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste or drop a build log first.</source>
        <translation>请先粘贴或拖放构建日志。</translation>
    </message>
    <message>
        <source>No known arm64 failure in this log. Its last error lines:%1</source>
        <translation>此日志中没有已知的 arm64 故障。其最后的错误行：%1</translation>
    </message>
</context>
<context>
    <name>Armlift::BuildLogSignatures</name>
    <message>
        <source>packageContext &apos;%1&apos;: %2</source>
        <translation>packageContext &apos;%1&apos;：%2</translation>
    </message>
    <message>
        <source>signature %1: pattern &apos;%2&apos;: %3</source>
        <translation>签名 %1：模式 &apos;%2&apos;：%3</translation>
    </message>
    <message>
        <source>signature %1: hint: %2</source>
        <translation>签名 %1：提示：%2</translation>
    </message>
    <message>
        <source>signature &apos;%1&apos; is incomplete (needs id, patterns, a rule and a message)</source>
        <translation>签名 &apos;%1&apos; 不完整（需要 id、patterns、规则和消息）</translation>
    </message>
</context>
<context>
    <name>Armlift::BuildPlannerPanel</name>
    <message>
        <source>docker buildx (script)</source>
        <translation>docker buildx（脚本）</translation>
    </message>
    <message>
        <source>buildah manifest (script, as in the talk)</source>
        <translation>buildah manifest（脚本，与讲座相同）</translation>
    </message>
    <message>
        <source>podman manifest (script)</source>
        <translation>podman manifest（脚本）</translation>
    </message>
    <message>
        <source>GitHub Actions workflow</source>
        <translation>GitHub Actions 工作流</translation>
    </message>
    <message>
        <source>GitLab CI job</source>
        <translation>GitLab CI 作业</translation>
    </message>
    <message>
        <source>registry.example.com (placeholder)</source>
        <translation>registry.example.com（占位符）</translation>
    </message>
    <message>
        <source>from the folder name</source>
        <translation>取自文件夹名</translation>
    </message>
    <message>
        <source>&amp;Recipe:</source>
        <translation>方案(&amp;R)：</translation>
    </message>
    <message>
        <source>Re&amp;gistry:</source>
        <translation>镜像仓库(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Push to the registry</source>
        <translation>推送到镜像仓库(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Run build</source>
        <translation>运行构建(&amp;R)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>取消(&amp;N)</translation>
    </message>
    <message>
        <source>Step %1 of %2…</source>
        <translation>第 %1 步，共 %2 步…</translation>
    </message>
    <message>
        <source>Build finished.</source>
        <translation>构建完成。</translation>
    </message>
    <message>
        <source>Build cancelled.</source>
        <translation>构建已取消。</translation>
    </message>
    <message>
        <source>Build failed: see the log.</source>
        <translation>构建失败：请查看日志。</translation>
    </message>
    <message>
        <source>Open a folder to plan its multi-arch build.</source>
        <translation>打开一个文件夹以规划其多架构构建。</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>占位符：%1</translation>
    </message>
    <message>
        <source>A CI file runs in CI: commit it to the repository.</source>
        <translation>CI 文件在 CI 中运行：请将其提交到仓库。</translation>
    </message>
    <message>
        <source>%1 is not installed.</source>
        <translation>%1 未安装。</translation>
    </message>
    <message>
        <source>Runs the commands above in the project folder.</source>
        <translation>在项目文件夹中运行上面的命令。</translation>
    </message>
    <message>
        <source>Recipe copied to the clipboard.</source>
        <translation>方案已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Save Recipe</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>正在构建…</translation>
    </message>
    <message>
        <source>Native arm64 runners instead of QEMU</source>
        <translation>使用原生 arm64 运行器替代 QEMU</translation>
    </message>
    <message>
        <source>GitHub Actions: ubuntu-24.04-arm; GitLab.com: saas-linux-small-arm64.</source>
        <translation>GitHub Actions：ubuntu-24.04-arm；GitLab.com：saas-linux-small-arm64。</translation>
    </message>
</context>
<context>
    <name>Armlift::BuildRecipe</name>
    <message>
        <source>%1 (the registry: --registry HOST)</source>
        <translation>%1（镜像仓库：--registry HOST）</translation>
    </message>
    <message>
        <source>%1 (the image name, from the folder name: --image NAME)</source>
        <translation>%1（镜像名，取自文件夹名：--image NAME）</translation>
    </message>
    <message>
        <source>%1 (the tag: --tag TAG)</source>
        <translation>%1（标签：--tag TAG）</translation>
    </message>
    <message>
        <source>No Dockerfile or Containerfile found in %1.</source>
        <translation>在 %1 中未找到 Dockerfile 或 Containerfile。</translation>
    </message>
    <message>
        <source>Generated by Armlift for %1 (%2).</source>
        <translation>由 Armlift 为 %1（%2）生成。</translation>
    </message>
    <message>
        <source>Placeholders to replace:
  %1</source>
        <translation>需要替换的占位符：
  %1</translation>
    </message>
    <message>
        <source>A docker-container builder: the default docker driver cannot push a multi-platform image. Created once, reused later.</source>
        <translation>docker-container 构建器：默认的 docker 驱动无法推送多平台镜像。只需创建一次，之后可重复使用。</translation>
    </message>
    <message>
        <source>QEMU for RUN steps of the other architecture (Docker Desktop has it). Stages on $BUILDPLATFORM that cross-compile do not need it, and they are much faster.</source>
        <translation>用于另一种架构 RUN 步骤的 QEMU（Docker Desktop 自带）。在 $BUILDPLATFORM 上进行交叉编译的阶段不需要它，而且快得多。</translation>
    </message>
    <message>
        <source>%1: build every platform and push one multi-arch tag.</source>
        <translation>%1：构建所有平台并推送一个多架构标签。</translation>
    </message>
    <message>
        <source>Builds and pushes a multi-arch image with docker buildx.</source>
        <translation>使用 docker buildx 构建并推送多架构镜像。</translation>
    </message>
    <message>
        <source>%1: start from an empty manifest list.</source>
        <translation>%1：从空的清单列表开始。</translation>
    </message>
    <message>
        <source>Create a multi-architecture manifest.</source>
        <translation>创建多架构清单。</translation>
    </message>
    <message>
        <source>Build the %1 image into the manifest.</source>
        <translation>将 %1 镜像构建到清单中。</translation>
    </message>
    <message>
        <source>Build every platform into the manifest.</source>
        <translation>将所有平台构建到清单中。</translation>
    </message>
    <message>
        <source>Push the full manifest, with every architecture.</source>
        <translation>推送包含所有架构的完整清单。</translation>
    </message>
    <message>
        <source>Builds and pushes a multi-arch image with buildah, the recipe of the migration talk (buildah manifest create, buildah bud --arch, buildah manifest push --all). RUN steps of the other architecture need qemu-user-static.</source>
        <translation>使用 buildah 构建并推送多架构镜像，即迁移讲座中的方案（buildah manifest create、buildah bud --arch、buildah manifest push --all）。其他架构的 RUN 步骤需要 qemu-user-static。</translation>
    </message>
    <message>
        <source>Builds and pushes a multi-arch image with podman (podman build --platform --manifest, podman manifest push --all). RUN steps of the other architecture need qemu-user-static.</source>
        <translation>使用 podman 构建并推送多架构镜像（podman build --platform --manifest、podman manifest push --all）。其他架构的 RUN 步骤需要 qemu-user-static。</translation>
    </message>
    <message>
        <source>Multi-arch image (%1) for %2, generated by Armlift.
Each platform builds natively: ubuntu-24.04 for amd64, ubuntu-24.04-arm (GitHub&apos;s arm64 runners) for arm64, so nothing is emulated; a last job joins the per-platform digests into one multi-arch tag.</source>
        <translation>%2 的多架构镜像（%1），由 Armlift 生成。
每个平台都原生构建：amd64 使用 ubuntu-24.04，arm64 使用 ubuntu-24.04-arm（GitHub 的 arm64 运行器），因此没有任何模拟；最后一个作业将各平台的摘要合并为一个多架构标签。</translation>
    </message>
    <message>
        <source>Multi-arch image (%1) for %2, generated by Armlift.
One job builds every platform on ubuntu-24.04; QEMU emulates the other architecture (slow for compile steps: prefer native arm64 runners where your plan has them).</source>
        <translation>%2 的多架构镜像（%1），由 Armlift 生成。
一个作业在 ubuntu-24.04 上构建所有平台；QEMU 模拟另一种架构（编译步骤较慢：如果您的方案提供原生 arm64 运行器，请优先使用）。</translation>
    </message>
    <message>
        <source>Needs the repository secrets REGISTRY_USERNAME and REGISTRY_PASSWORD.</source>
        <translation>需要仓库机密 REGISTRY_USERNAME 和 REGISTRY_PASSWORD。</translation>
    </message>
    <message>
        <source>Needs the CI/CD variables REGISTRY_USER and REGISTRY_PASSWORD (for GitLab&apos;s own registry: --registry with $CI_REGISTRY_IMAGE and the CI_REGISTRY_* variables).</source>
        <translation>需要 CI/CD 变量 REGISTRY_USER 和 REGISTRY_PASSWORD（对于 GitLab 自带的镜像仓库：使用带 $CI_REGISTRY_IMAGE 的 --registry 和 CI_REGISTRY_* 变量）。</translation>
    </message>
    <message>
        <source>Multi-arch image (%1) for %2, generated by Armlift.
Each platform builds natively on GitLab.com&apos;s hosted runners (saas-linux-small-amd64, saas-linux-small-arm64), so nothing is emulated; a last job joins the per-platform tags into one multi-arch tag. On a self-managed GitLab, use your own runners&apos; tags.</source>
        <translation>%2 的多架构镜像（%1），由 Armlift 生成。
每个平台都在 GitLab.com 托管的运行器（saas-linux-small-amd64、saas-linux-small-arm64）上原生构建，因此没有任何模拟；最后一个作业将各平台的标签合并为一个多架构标签。在自托管的 GitLab 上，请使用您自己运行器的标签。</translation>
    </message>
    <message>
        <source>Multi-arch image (%1) for %2, generated by Armlift.
Runs on any runner that allows docker-in-docker; QEMU (tonistiigi/binfmt) emulates the other architecture (slow for compile steps: prefer native arm64 runners where you have them).</source>
        <translation>%2 的多架构镜像（%1），由 Armlift 生成。
可在任何允许 docker-in-docker 的运行器上运行；QEMU（tonistiigi/binfmt）模拟另一种架构（编译步骤较慢：如有原生 arm64 运行器，请优先使用）。</translation>
    </message>
</context>
<context>
    <name>Armlift::BuildRunner</name>
    <message>
        <source>This recipe is a CI file: there is nothing to run here.
</source>
        <translation>此方案是一个 CI 文件：这里没有可运行的内容。
</translation>
    </message>
    <message>
        <source>%1 is not installed.
</source>
        <translation>%1 未安装。
</translation>
    </message>
    <message>
        <source>Cancelling the build.
</source>
        <translation>正在取消构建。
</translation>
    </message>
    <message>
        <source>Could not start %1: %2
</source>
        <translation>无法启动 %1：%2
</translation>
    </message>
    <message>
        <source>The command crashed.
</source>
        <translation>命令崩溃了。
</translation>
    </message>
    <message>
        <source>The command failed with exit code %1.
</source>
        <translation>命令失败，退出代码为 %1。
</translation>
    </message>
    <message>
        <source>Build finished.
</source>
        <translation>构建完成。
</translation>
    </message>
    <message>
        <source>Build cancelled.
</source>
        <translation>构建已取消。
</translation>
    </message>
</context>
<context>
    <name>Armlift::CloneDialog</name>
    <message>
        <source>&amp;Shallow clone (latest commit only)</source>
        <translation>浅克隆（仅最新提交）(&amp;S)</translation>
    </message>
    <message>
        <source>Clone Repository</source>
        <translation>克隆仓库</translation>
    </message>
    <message>
        <source>https://github.com/org/repo.git, git@host:org/repo.git, or a path</source>
        <translation>https://github.com/org/repo.git、git@host:org/repo.git 或路径</translation>
    </message>
    <message>
        <source>default branch</source>
        <translation>默认分支</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Clone Into</source>
        <translation>克隆到</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>目标位置(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>分支(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>克隆(&amp;C)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cloned into %1.</source>
        <translation>已克隆到 %1。</translation>
    </message>
    <message>
        <source>The clone was cancelled; nothing was left behind.</source>
        <translation>克隆已取消；未留下任何内容。</translation>
    </message>
    <message>
        <source>Could not clone: %1</source>
        <translation>无法克隆：%1</translation>
    </message>
</context>
<context>
    <name>Armlift::CommitDialog</name>
    <message>
        <source>modified</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>已重命名</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>类型已更改</translation>
    </message>
    <message>
        <source>Commit Fixes</source>
        <translation>提交修复</translation>
    </message>
    <message>
        <source>Name &lt;email&gt;</source>
        <translation>姓名 &lt;邮箱&gt;</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>分支(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>消息(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>提交(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Armlift::CredentialDialog</name>
    <message>
        <source>Use the key in ssh-agent</source>
        <translation>使用 ssh-agent 中的密钥</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>记住在系统钥匙串中</translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <translation>登录到 %1</translation>
    </message>
    <message>
        <source>%1 asks for an SSH key.</source>
        <translation>%1 要求提供 SSH 密钥。</translation>
    </message>
    <message>
        <source>%1 asks for a user name and a password or access token.</source>
        <translation>%1 要求提供用户名和密码或访问令牌。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>SSH Private Key</source>
        <translation>SSH 私钥</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>密钥文件(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>密码或令牌(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>Armlift::CredentialsSettingsPage</name>
    <message>
        <source>&amp;Forget</source>
        <translation>忘记(&amp;F)</translation>
    </message>
    <message>
        <source>No saved credentials.</source>
        <translation>没有已保存的凭据。</translation>
    </message>
    <message>
        <source>Credentials that worked and were remembered. The secrets are kept in the system keychain only.</source>
        <translation>验证有效并已记住的凭据。机密信息只保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Could not remove it from the keychain: %1</source>
        <translation>无法从钥匙串中删除：%1</translation>
    </message>
</context>
<context>
    <name>Armlift::DetailsPane</name>
    <message>
        <source>Problem details</source>
        <translation>问题详情</translation>
    </message>
    <message>
        <source>Select a problem to see why it breaks on arm64 and how to fix it.</source>
        <translation>选择一个问题，查看它为何在 arm64 上出错以及如何修复。</translation>
    </message>
    <message>
        <source>%1 in `%2`, line %3. Source: %4.</source>
        <translation>%1，位于 `%2` 第 %3 行。来源：%4。</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
</context>
<context>
    <name>Armlift::DiffView</name>
    <message>
        <source>Unified diff</source>
        <translation>统一 diff</translation>
    </message>
    <message>
        <source>Before the change</source>
        <translation>更改前</translation>
    </message>
    <message>
        <source>After the change</source>
        <translation>更改后</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>并排显示</translation>
    </message>
    <message>
        <source>Show the text before and after the change next to each other</source>
        <translation>并排显示更改前后的文本</translation>
    </message>
    <message>
        <source>Side by side diff</source>
        <translation>并排 diff</translation>
    </message>
    <message>
        <source>⋯ 1 unchanged line</source>
        <translation>⋯ 1 行未更改</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines</source>
        <translation>⋯ %1 行未更改</translation>
    </message>
</context>
<context>
    <name>Armlift::DiskChangeBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>Load the file from disk; Edit &gt; Undo brings your text back</source>
        <translation>从磁盘加载文件；“编辑 &gt; 撤销”可恢复您的文本</translation>
    </message>
    <message>
        <source>Keep the text in the editor; saving it replaces the file on disk</source>
        <translation>保留编辑器中的文本；保存时会替换磁盘上的文件</translation>
    </message>
    <message>
        <source>%1 changed on disk. Reload it, or keep your unsaved text?</source>
        <translation>磁盘上的 %1 已更改。要重新加载，还是保留您未保存的文本？</translation>
    </message>
    <message>
        <source>%1 was deleted on disk. Your text is kept; save it to write the file again.</source>
        <translation>磁盘上的 %1 已被删除。您的文本已保留；保存即可重新写入该文件。</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>关闭(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Armlift::DockerfileEditor</name>
    <message>
        <source>Editor</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <source>Quick Fix</source>
        <translation>快速修复</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Your changes are still in the editor; save again once the folder is writable.</source>
        <translation>无法保存 %1：%2。您的更改仍在编辑器中；文件夹可写后请再次保存。</translation>
    </message>
    <message>
        <source>%1: %2 [%3]</source>
        <translation>%1：%2 [%3]</translation>
    </message>
</context>
<context>
    <name>Armlift::DockerfileParser</name>
    <message>
        <source>invalid escape directive &apos;%1&apos;: use \ or `</source>
        <translation>无效的 escape 指令 &apos;%1&apos;：请使用 \ 或 `</translation>
    </message>
    <message>
        <source>line continuation at the end of the file</source>
        <translation>文件末尾有续行符</translation>
    </message>
    <message>
        <source>heredoc &apos;%1&apos; is not terminated before the end of the file</source>
        <translation>heredoc &apos;%1&apos; 在文件结束前没有终止</translation>
    </message>
</context>
<context>
    <name>Armlift::EditorGutter</name>
    <message>
        <source>Line numbers and markers</source>
        <translation>行号和标记</translation>
    </message>
</context>
<context>
    <name>Armlift::EditorTabs</name>
    <message>
        <source>Open files</source>
        <translation>已打开的文件</translation>
    </message>
    <message>
        <source>%1 ●</source>
        <translation>%1 ●</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>These files have unsaved changes:
%1

Save them before closing?</source>
        <translation>以下文件有未保存的更改：
%1

关闭前保存吗？</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1（新建）</translation>
    </message>
</context>
<context>
    <name>Armlift::EmulationEstimate</name>
    <message>
        <source>Estimate for this Dockerfile built for arm64 on x86-64: %1 of %2 RUN steps run emulated, %3 of them compiling from source; about %4% of the build work is emulated, so it takes roughly %5x the time of a native build (the talk&apos;s ratio: 22m27s emulated, 3m01s native).</source>
        <translation>此 Dockerfile 在 x86-64 上为 arm64 构建的估算：%2 个 RUN 步骤中有 %1 个在模拟下运行，其中 %3 个从源码编译；约 %4% 的构建工作在模拟下进行，因此耗时约为原生构建的 %5 倍（讲座中的比例：模拟 22m27s，原生 3m01s）。</translation>
    </message>
</context>
<context>
    <name>Armlift::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>全部替换(&amp;A)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一个(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Wrapped around; line %1</source>
        <translation>已从另一端继续查找；第 %1 行</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>已替换 %n 处</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Armlift::FixAllDialog</name>
    <message>
        <source>1 file</source>
        <translation>1 个文件</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 个文件</translation>
    </message>
    <message>
        <source>1 edit</source>
        <translation>1 处编辑</translation>
    </message>
    <message>
        <source>%1 edits</source>
        <translation>%1 处编辑</translation>
    </message>
    <message>
        <source>%1 in %2. Untick a file to leave it as it is. Open files change in their editor (Edit &gt; Undo reverts each); files that are not open are opened with the change unsaved, or saved at once when there are many of them.</source>
        <translation>%2中的 %1。取消勾选某个文件即可保持其原样。已打开的文件在其编辑器中更改（“编辑 &gt; 撤销”可逐个还原）；未打开的文件会带着未保存的更改打开，文件较多时则立即保存。</translation>
    </message>
    <message>
        <source>1 problem is left for you to fix by hand.</source>
        <translation>还有 1 个问题需要您手动修复。</translation>
    </message>
    <message>
        <source>%1 problems are left for you to fix by hand.</source>
        <translation>还有 %1 个问题需要您手动修复。</translation>
    </message>
    <message>
        <source>Some fixes kept changing the text; they were stopped after %1 rounds.</source>
        <translation>部分修复不断改变文本；已在 %1 轮后停止。</translation>
    </message>
    <message>
        <source>Fix-all summary</source>
        <translation>批量修复摘要</translation>
    </message>
    <message>
        <source>To complete by hand:
%1</source>
        <translation>需要手动完成：
%1</translation>
    </message>
    <message>
        <source>Fix notes</source>
        <translation>修复说明</translation>
    </message>
    <message>
        <source>Files to change</source>
        <translation>要更改的文件</translation>
    </message>
</context>
<context>
    <name>Armlift::FixPlan</name>
    <message>
        <source>The fix &quot;%1&quot; has overlapping edits in %2 (line %3); nothing was changed.</source>
        <translation>修复“%1”在 %2（第 %3 行）中有重叠的编辑；未做任何更改。</translation>
    </message>
    <message>
        <source>The fix &quot;%1&quot; changes nothing: the text is already fixed.</source>
        <translation>修复“%1”不会改变任何内容：文本已经修复。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Armlift::FixPreviewDialog</name>
    <message>
        <source>Apply Fix: %1</source>
        <translation>应用修复：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Changes %2. Review the change, then apply it; Edit &gt; Undo reverts it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;将更改 %2。请先检查更改再应用；“编辑 &gt; 撤销”可以还原。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Fix note</source>
        <translation>修复说明</translation>
    </message>
</context>
<context>
    <name>Armlift::FixSafety</name>
    <message>
        <source>declares a platform argument</source>
        <translation>声明平台参数</translation>
    </message>
    <message>
        <source>changes an architecture name in a download</source>
        <translation>更改下载中的架构名称</translation>
    </message>
    <message>
        <source>raises a pinned version</source>
        <translation>提高固定的版本</translation>
    </message>
    <message>
        <source>changes an architecture build tag</source>
        <translation>更改架构构建标签</translation>
    </message>
    <message>
        <source>raises a version requirement</source>
        <translation>提高版本要求</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::Cloner</name>
    <message>
        <source>Enter the URL or path of a repository.</source>
        <translation>请输入仓库的 URL 或路径。</translation>
    </message>
    <message>
        <source>Choose a destination folder.</source>
        <translation>请选择目标文件夹。</translation>
    </message>
    <message>
        <source>The destination %1 already exists and is not an empty folder.</source>
        <translation>目标位置 %1 已存在且不是空文件夹。</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>The branch %1 does not exist in %2.</source>
        <translation>分支 %1 在 %2 中不存在。</translation>
    </message>
    <message>
        <source>Could not clone %1: %2</source>
        <translation>无法克隆 %1：%2</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::Committer</name>
    <message>
        <source>Fix arm64 migration problems</source>
        <translation>修复 arm64 迁移问题</translation>
    </message>
    <message>
        <source>Fixes applied with Armlift:</source>
        <translation>使用 Armlift 应用的修复：</translation>
    </message>
    <message>
        <source>The commit message is empty.</source>
        <translation>提交消息为空。</translation>
    </message>
    <message>
        <source>Staging the changes</source>
        <translation>正在暂存更改</translation>
    </message>
    <message>
        <source>Writing the index</source>
        <translation>正在写入索引</translation>
    </message>
    <message>
        <source>Writing the tree</source>
        <translation>正在写入树</translation>
    </message>
    <message>
        <source>There is nothing to commit: the work tree has no changes.</source>
        <translation>没有可提交的内容：工作树没有更改。</translation>
    </message>
    <message>
        <source>Author %1</source>
        <translation>作者 %1</translation>
    </message>
    <message>
        <source>Creating the commit</source>
        <translation>正在创建提交</translation>
    </message>
    <message>
        <source>Could not commit on %1: %2</source>
        <translation>无法在 %1 上提交：%2</translation>
    </message>
    <message>
        <source>Committed %1 on branch %2 as %3.</source>
        <translation>已在分支 %2 上提交 %1，提交为 %3。</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::MigrationBranch</name>
    <message>
        <source>&quot;%1&quot; is not a valid branch name.</source>
        <translation>“%1”不是有效的分支名。</translation>
    </message>
    <message>
        <source>The branch %1 already exists and points at another commit. Choose another branch name, or switch to it and apply the fixes there.</source>
        <translation>分支 %1 已存在并指向另一个提交。请选择其他分支名，或切换到该分支并在那里应用修复。</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::Pusher</name>
    <message>
        <source>The repository has no remote named %1.</source>
        <translation>仓库中没有名为 %1 的远程。</translation>
    </message>
    <message>
        <source>The push was rejected: the branch %1 on %2 has commits that are not in your branch (not a fast-forward). Push to a new branch name, or fetch and rebase your fixes onto the remote branch first.</source>
        <translation>推送被拒绝：%2 上的分支 %1 含有您的分支中没有的提交（不是快进）。请推送到新的分支名，或先 fetch 并将您的修复 rebase 到远程分支上。</translation>
    </message>
    <message>
        <source>The remote rejected the push of %1: %2</source>
        <translation>远程拒绝了 %1 的推送：%2</translation>
    </message>
    <message>
        <source>Could not push %1 to %2: %3</source>
        <translation>无法将 %1 推送到 %2：%3</translation>
    </message>
    <message>
        <source>Pushed %1 to %2.</source>
        <translation>已将 %1 推送到 %2。</translation>
    </message>
    <message>
        <source>Open a pull/merge request: %1</source>
        <translation>创建拉取/合并请求：%1</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::RemoteSession</name>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation>无法验证 %1 的证书。</translation>
    </message>
    <message>
        <source>The server asks for a kind of authentication Armlift does not support.</source>
        <translation>服务器要求的认证方式 Armlift 不支持。</translation>
    </message>
    <message>
        <source>The saved credential for %1@%2 was rejected.</source>
        <translation>%1@%2 的已保存凭据被拒绝。</translation>
    </message>
    <message>
        <source>The server did not accept that credential.</source>
        <translation>服务器不接受该凭据。</translation>
    </message>
    <message>
        <source>The server at %1 needs a credential and none was given.</source>
        <translation>%1 上的服务器需要凭据，但未提供。</translation>
    </message>
    <message>
        <source>The SSH server&apos;s host key could not be read, so it cannot be checked.</source>
        <translation>无法读取 SSH 服务器的主机密钥，因此无法校验。</translation>
    </message>
    <message>
        <source>The SSH host key of %1 (%2 %3) does not match the one in %4. Someone may be intercepting the connection, or the server&apos;s key was replaced: check with its administrator before changing %4.</source>
        <translation>%1 的 SSH 主机密钥（%2 %3）与 %4 中的不一致。连接可能遭到拦截，或者服务器的密钥已被更换：修改 %4 之前请先与其管理员确认。</translation>
    </message>
    <message>
        <source>The SSH host key of %1 (%2) is not known and was not accepted.</source>
        <translation>%1 的 SSH 主机密钥（%2）未知，未被接受。</translation>
    </message>
    <message>
        <source>Could not add the host key to %1: %2</source>
        <translation>无法将主机密钥添加到 %1：%2</translation>
    </message>
    <message>
        <source>The certificate is not signed by a trusted authority or does not match the host name.</source>
        <translation>该证书不是由受信任的机构签发，或与主机名不符。</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified (%2) and was not trusted. SHA-256 fingerprint: %3</source>
        <translation>无法验证 %1 的 TLS 证书（%2），未予信任。SHA-256 指纹：%3</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::Status</name>
    <message>
        <source>The author &quot;%1&quot; is not in the form &quot;Name &lt;email&gt;&quot;.</source>
        <translation>作者“%1”不是“Name &lt;email&gt;”格式。</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <source>The host could not be reached. Check the address and your network connection.</source>
        <translation>无法连接到主机。请检查地址和网络连接。</translation>
    </message>
    <message>
        <source>Authentication failed: the server did not accept the user name, password, token or key.</source>
        <translation>认证失败：服务器不接受该用户名、密码、令牌或密钥。</translation>
    </message>
    <message>
        <source>The repository was not found. Check the URL, or whether you have access to it.</source>
        <translation>未找到仓库。请检查 URL，或确认您是否有访问权限。</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified, so the connection was refused.</source>
        <translation>无法验证服务器的 TLS 证书，因此拒绝了连接。</translation>
    </message>
    <message>
        <source>The SSH host key was not accepted: it does not match ~/.ssh/known_hosts or was refused.</source>
        <translation>SSH 主机密钥未被接受：它与 ~/.ssh/known_hosts 不一致或已被拒绝。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>磁盘已满。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The remote rejected the update.</source>
        <translation>远程拒绝了更新。</translation>
    </message>
    <message>
        <source>No commit author is configured. Set user.name and user.email with git config, in Settings, or pass --author &quot;Name &lt;email&gt;&quot;.</source>
        <translation>未配置提交作者。请用 git config 或在设置中设置 user.name 和 user.email，或传入 --author &quot;Name &lt;email&gt;&quot;。</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>请求无效。</translation>
    </message>
    <message>
        <source>The git operation failed.</source>
        <translation>git 操作失败。</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::TransferProgress</name>
    <message>
        <source>Receiving objects: %1/%2, %3</source>
        <translation>正在接收对象：%1/%2，%3</translation>
    </message>
    <message>
        <source>Resolving deltas: %1/%2</source>
        <translation>正在解析差异：%1/%2</translation>
    </message>
    <message>
        <source>Checking out files: %1/%2</source>
        <translation>正在检出文件：%1/%2</translation>
    </message>
    <message>
        <source>Sending objects: %1/%2, %3</source>
        <translation>正在发送对象：%1/%2，%3</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::WorkTreeStatus</name>
    <message>
        <source>detached HEAD</source>
        <translation>分离的 HEAD</translation>
    </message>
    <message>
        <source>%1, clean</source>
        <translation>%1，无问题</translation>
    </message>
    <message>
        <source>%1, 1 changed file</source>
        <translation>%1，1 个文件已更改</translation>
    </message>
    <message>
        <source>%1, %2 changed files</source>
        <translation>%1，%2 个文件已更改</translation>
    </message>
</context>
<context>
    <name>Armlift::GitActions</name>
    <message>
        <source>&amp;Clone Repository…</source>
        <translation>克隆仓库(&amp;C)…</translation>
    </message>
    <message>
        <source>Create &amp;Migration Branch</source>
        <translation>创建迁移分支(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Commit Fixes…</source>
        <translation>提交修复(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Push…</source>
        <translation>推送(&amp;P)…</translation>
    </message>
    <message>
        <source>Saved &amp;Credentials…</source>
        <translation>已保存的凭据(&amp;C)…</translation>
    </message>
    <message>
        <source>Uncommitted Changes</source>
        <translation>未提交的更改</translation>
    </message>
    <message>
        <source>The work tree has changes that are not committed (%1). Fixes will be mixed with them in the next commit. Apply the fixes anyway?</source>
        <translation>工作树中有未提交的更改（%1）。修复将在下一次提交中与它们混在一起。仍要应用修复吗？</translation>
    </message>
    <message>
        <source>Create Migration Branch</source>
        <translation>创建迁移分支</translation>
    </message>
    <message>
        <source>Branch name:</source>
        <translation>分支名：</translation>
    </message>
    <message>
        <source>On branch %1; your changes are kept.</source>
        <translation>位于分支 %1；您的更改已保留。</translation>
    </message>
    <message>
        <source>Committed %1 on %2.</source>
        <translation>已在 %2 上提交 %1。</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>推送</translation>
    </message>
    <message>
        <source>Pushed %1.</source>
        <translation>已推送 %1。</translation>
    </message>
    <message>
        <source>Saved Credentials</source>
        <translation>已保存的凭据</translation>
    </message>
    <message>
        <source>There is no branch to push: check out a branch first (Git &gt; Create Migration Branch).</source>
        <translation>没有可推送的分支：请先检出一个分支（“Git &gt; 创建迁移分支”）。</translation>
    </message>
</context>
<context>
    <name>Armlift::HostKeyDialog</name>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1（端口 %2）</translation>
    </message>
    <message>
        <source>Unknown SSH Host</source>
        <translation>未知的 SSH 主机</translation>
    </message>
    <message>
        <source>The authenticity of %1 cannot be established: its %2 key is not in %3.

Compare the fingerprint below with the one your server&apos;s administrator or hosting provider publishes. Trusting adds the key to %3.</source>
        <translation>无法确认 %1 的真实性：其 %2 密钥不在 %3 中。

请将下方指纹与服务器管理员或托管服务商公布的指纹进行比较。选择信任会将该密钥添加到 %3。</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>信任并连接</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>不受信任的证书</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified:
%2

Someone may be intercepting the connection. Only continue if you know this server uses its own certificate and the SHA-256 fingerprint below matches it.</source>
        <translation>无法验证 %1 的 TLS 证书：
%2

连接可能遭到拦截。仅当您确知此服务器使用自己的证书且下方的 SHA-256 指纹与之相符时才继续。</translation>
    </message>
    <message>
        <source>Trust This Certificate</source>
        <translation>信任此证书</translation>
    </message>
</context>
<context>
    <name>Armlift::HtmlReportWriter</name>
    <message>
        <source>Armlift report</source>
        <translation>Armlift 报告</translation>
    </message>
    <message>
        <source>%1 %2, root %3: %4 files scanned, %5 problems, %6 fixable.</source>
        <translation>%1 %2，根目录 %3：已扫描 %4 个文件，%5 个问题，%6 个可修复。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Migration effort by repository</source>
        <translation>按仓库列出的迁移工作量</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Readiness by file</source>
        <translation>按文件列出的就绪情况</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>Files that could not be scanned</source>
        <translation>无法扫描的文件</translation>
    </message>
</context>
<context>
    <name>Armlift::HttpClient</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>来自 %2 的 HTTP %1</translation>
    </message>
    <message>
        <source>no answer from %1 in time</source>
        <translation>%1 未及时响应</translation>
    </message>
    <message>
        <source>the answer from %1 is larger than %2 MB</source>
        <translation>来自 %1 的响应超过 %2 MB</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
        <translation>项目摘要</translation>
    </message>
    <message>
        <source>Project files</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>筛选文件</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>Fix applied to %1. Undo with Ctrl+Z; save with Ctrl+S.</source>
        <translation>已对 %1 应用修复。按 Ctrl+Z 撤销，按 Ctrl+S 保存。</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>扫描进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel scan</source>
        <translation>取消扫描</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose a folder with File &gt; Open Folder.</source>
        <translation>%1 不存在。请通过“文件 &gt; 打开文件夹”选择一个文件夹。</translation>
    </message>
    <message>
        <source>%1 — Armlift</source>
        <translation>%1 — Armlift</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>正在扫描 %1…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1/%2 个文件</translation>
    </message>
    <message>
        <source>Scan cancelled; the problems shown may be incomplete. Press F5 to scan again.</source>
        <translation>扫描已取消；显示的问题可能不完整。按 F5 重新扫描。</translation>
    </message>
    <message>
        <source>Scan finished: %1</source>
        <translation>扫描完成：%1</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 个文件</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 个文件</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 个问题</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 个问题</translation>
    </message>
    <message>
        <source>%1, %2, %3 fixable</source>
        <translation>%1，%2，%3 个可修复</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 Dockerfiles ready for arm64</source>
        <translation>%1 — %3 个 Dockerfile 中有 %2 个已适配 arm64</translation>
    </message>
    <message>
        <source>No quick fix here. Problems with fixes have a light bulb in the gutter; F8 jumps to the next problem.</source>
        <translation>此处没有快速修复。带修复的问题会在边栏显示灯泡；按 F8 跳到下一个问题。</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>全部保存(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Revert File</source>
        <translation>还原文件(&amp;R)</translation>
    </message>
    <message>
        <source>Revert File</source>
        <translation>还原文件</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to %1?</source>
        <translation>放弃对 %1 的未保存更改？</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Close File</source>
        <translation>关闭文件(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;scan Project</source>
        <translation>重新扫描项目(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top Scan</source>
        <translation>停止扫描(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quick Fix…</source>
        <translation>快速修复(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>转到行(&amp;G)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Word Wrap</source>
        <translation>自动换行(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>下一个问题(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>上一个问题(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Filter Files</source>
        <translation>筛选文件(&amp;F)</translation>
    </message>
    <message>
        <source>Show Pro&amp;blems</source>
        <translation>显示问题(&amp;B)</translation>
    </message>
    <message>
        <source>Filter Problems</source>
        <translation>筛选问题</translation>
    </message>
    <message>
        <source>&amp;Large Workshop Text</source>
        <translation>放大工作坊文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Armlift</source>
        <translation>关于 Armlift(&amp;A)</translation>
    </message>
    <message>
        <source>About Armlift</source>
        <translation>关于 Armlift</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Armlift %1&lt;/h3&gt;&lt;p&gt;Finds what breaks when container builds move from x86_64 to arm64, and fixes it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Armlift %1&lt;/h3&gt;&lt;p&gt;查找容器构建从 x86_64 迁移到 arm64 时会出问题的地方，并加以修复。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>转到行</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>行（1–%1）：</translation>
    </message>
    <message>
        <source>Build for arm64</source>
        <translation>为 arm64 构建</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>&amp;Git</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪情况</translation>
    </message>
    <message>
        <source>Computing the fixes… (Cancel stops it)</source>
        <translation>正在计算修复…（点击“取消”可停止）</translation>
    </message>
    <message>
        <source>Fix All of This &amp;Kind in This File…</source>
        <translation>修复此文件中所有同类问题(&amp;K)…</translation>
    </message>
    <message>
        <source>Put the cursor on a problem with a fix (or select one in Problems) first.</source>
        <translation>请先将光标放在有修复的问题上（或在“问题”中选择一个）。</translation>
    </message>
    <message>
        <source>Fix All &amp;Safe Problems in Project…</source>
        <translation>修复项目中所有安全的问题(&amp;S)…</translation>
    </message>
    <message>
        <source>The workshop was reset to a fresh copy in %1.</source>
        <translation>工作坊已重置为 %1 中的全新副本。</translation>
    </message>
    <message>
        <source>Workshop: your copy is in %1.</source>
        <translation>工作坊：您的副本位于 %1。</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>工作坊(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Reset Workshop…</source>
        <translation>重置工作坊(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset Workshop</source>
        <translation>重置工作坊</translation>
    </message>
    <message>
        <source>Replace your workshop copy with a fresh one? Every change you made in it is lost.</source>
        <translation>要用全新的副本替换您的工作坊副本吗？您在其中所做的所有更改都将丢失。</translation>
    </message>
    <message>
        <source>Git status</source>
        <translation>Git 状态</translation>
    </message>
    <message>
        <source>Git: %1</source>
        <translation>Git：%1</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>替换(&amp;E)…</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>查找下一个(&amp;X)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
</context>
<context>
    <name>Armlift::MaintainerRequests</name>
    <message>
        <source>this project</source>
        <translation>此项目</translation>
    </message>
    <message>
        <source>Please publish a linux/arm64 variant of %1</source>
        <translation>请发布 %1 的 linux/arm64 变体</translation>
    </message>
    <message>
        <source>Please publish manylinux aarch64 wheels for %1</source>
        <translation>请发布 %1 的 manylinux aarch64 wheel</translation>
    </message>
    <message>
        <source>Please publish a linux-arm64 (aarch64) build of %1</source>
        <translation>请发布 %1 的 linux-arm64（aarch64）构建</translation>
    </message>
    <message>
        <source>a multi-arch image index that includes linux/arm64 (for example built with `docker buildx build --platform linux/amd64,linux/arm64` or `buildah manifest push --all`)</source>
        <translation>包含 linux/arm64 的多架构镜像索引（例如使用 `docker buildx build --platform linux/amd64,linux/arm64` 或 `buildah manifest push --all` 构建）</translation>
    </message>
    <message>
        <source>wheels tagged `manylinux2014_aarch64` (or `manylinux_2_28_aarch64`) on PyPI, for example built with cibuildwheel on an arm64 runner</source>
        <translation>PyPI 上标记为 `manylinux2014_aarch64`（或 `manylinux_2_28_aarch64`）的 wheel，例如在 arm64 运行器上用 cibuildwheel 构建</translation>
    </message>
    <message>
        <source>a release artefact for linux-arm64 / aarch64 next to the x86_64 one</source>
        <translation>与 x86_64 版本并列的 linux-arm64 / aarch64 发布制品</translation>
    </message>
    <message>
        <source>We are moving our container builds from x86_64 to arm64 (AWS Graviton, Ampere, Apple silicon) and %1 is the part that blocks us.

**What happens on arm64**

%2

**What would help**

%3.

Newer releases of many projects already ship arm64 builds; if there is a release or a build flag we missed, a pointer would be just as welcome. Thank you!

_Found by Armlift (rule %4)._</source>
        <translation>我们正在将容器构建从 x86_64 迁移到 arm64（AWS Graviton、Ampere、Apple 芯片），而 %1 是阻碍我们的部分。

**在 arm64 上会发生什么**

%2

**什么会有帮助**

%3。

许多项目的新版本已经提供 arm64 构建；如果有我们遗漏的版本或构建选项，告诉我们同样非常感谢。谢谢！

_由 Armlift 发现（规则 %4）。_</translation>
    </message>
</context>
<context>
    <name>Armlift::MarkdownReportWriter</name>
    <message>
        <source>Armlift report</source>
        <translation>Armlift 报告</translation>
    </message>
    <message>
        <source>%1 files scanned, %2 problems, %3 fixable.</source>
        <translation>已扫描 %1 个文件，%2 个问题，%3 个可修复。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Files that could not be scanned</source>
        <translation>无法扫描的文件</translation>
    </message>
</context>
<context>
    <name>Armlift::MigrationSummary</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Base images and platform</source>
        <translation>基础镜像与平台</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Python packages</source>
        <translation>Python 软件包</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>Native code</source>
        <translation>原生代码</translation>
    </message>
    <message>
        <source>x86-only artefacts and build planning</source>
        <translation>仅限 x86 的制品与构建规划</translation>
    </message>
    <message>
        <source>npm and RubyGems</source>
        <translation>npm 和 RubyGems</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Fixes available</source>
        <translation>有可用修复</translation>
    </message>
    <message>
        <source>Manual work</source>
        <translation>手动工作</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
</context>
<context>
    <name>Armlift::OnlineActions</name>
    <message>
        <source>1 request</source>
        <translation>1 次请求</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 次请求</translation>
    </message>
    <message>
        <source>registry %1, PyPI %2, go.dev %3; %4</source>
        <translation>镜像仓库 %1，PyPI %2，go.dev %3；%4</translation>
    </message>
    <message>
        <source>Check &amp;Online</source>
        <translation>在线检查(&amp;O)</translation>
    </message>
    <message>
        <source>O&amp;nline Check Settings…</source>
        <translation>在线检查设置(&amp;N)…</translation>
    </message>
    <message>
        <source>Ask the registries, PyPI and go.dev about the project&apos;s base images and packages</source>
        <translation>向镜像仓库、PyPI 和 go.dev 查询项目的基础镜像和软件包</translation>
    </message>
    <message>
        <source>Online check progress</source>
        <translation>在线检查进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel online check</source>
        <translation>取消在线检查</translation>
    </message>
    <message>
        <source>Checking with the cache only (the network is off in the settings)…</source>
        <translation>仅使用缓存检查（设置中已关闭网络）…</translation>
    </message>
    <message>
        <source>Checking registries, PyPI and go.dev…</source>
        <translation>正在检查镜像仓库、PyPI 和 go.dev…</translation>
    </message>
    <message>
        <source>Online check cancelled; the findings are unchanged.</source>
        <translation>在线检查已取消；发现保持不变。</translation>
    </message>
    <message>
        <source>The project changed during the online check, so its result was dropped. Press %1 to check again.</source>
        <translation>在线检查期间项目已更改，因此其结果已丢弃。按 %1 重新检查。</translation>
    </message>
    <message>
        <source>Online check: %1</source>
        <translation>在线检查：%1</translation>
    </message>
    <message>
        <source>%1 (and %2 more questions without an answer)</source>
        <translation>%1（另有 %2 个问题未得到回答）</translation>
    </message>
    <message>
        <source>Online Check Settings</source>
        <translation>在线检查设置</translation>
    </message>
</context>
<context>
    <name>Armlift::OnlineCache</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Armlift::OnlineSettingsPage</name>
    <message>
        <source>&amp;Use the network (off: only the cache and the bundled knowledge base)</source>
        <translation>使用网络（关闭时：仅使用缓存和内置知识库）(&amp;U)</translation>
    </message>
    <message>
        <source>Check online after every &amp;scan</source>
        <translation>每次扫描后在线检查(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add Login</source>
        <translation>添加登录(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>忘记(&amp;F)</translation>
    </message>
    <message>
        <source>One HOST:PORT per line, e.g. 127.0.0.1:5000</source>
        <translation>每行一个 HOST:PORT，例如 127.0.0.1:5000</translation>
    </message>
    <message>
        <source>Plain-HTTP registries</source>
        <translation>明文 HTTP 镜像仓库</translation>
    </message>
    <message>
        <source>registry.example.com or docker.io</source>
        <translation>registry.example.com 或 docker.io</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>密码或令牌</translation>
    </message>
    <message>
        <source>&amp;PyPI JSON API:</source>
        <translation>PyPI JSON API(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Go downloads:</source>
        <translation>Go 下载(&amp;G)：</translation>
    </message>
    <message>
        <source>Plain-&amp;HTTP registries:</source>
        <translation>明文 HTTP 镜像仓库(&amp;H)：</translation>
    </message>
    <message>
        <source>Registry logins (secrets are kept in the system keychain only)</source>
        <translation>镜像仓库登录（机密信息只保存在系统钥匙串中）</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>镜像仓库(&amp;R)：</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>用户(&amp;S)：</translation>
    </message>
    <message>
        <source>Pass&amp;word or token:</source>
        <translation>密码或令牌(&amp;W)：</translation>
    </message>
    <message>
        <source>The PyPI URL &quot;%1&quot; is not an http or https URL, e.g. %2.</source>
        <translation>PyPI URL“%1”不是 http 或 https URL（示例：%2）。</translation>
    </message>
    <message>
        <source>The Go downloads URL &quot;%1&quot; is not an http or https URL, e.g. %2.</source>
        <translation>Go 下载 URL“%1”不是 http 或 https URL（示例：%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; under plain-HTTP registries is not HOST or HOST:PORT.</source>
        <translation>明文 HTTP 镜像仓库中的“%1”不是 HOST 或 HOST:PORT 格式。</translation>
    </message>
    <message>
        <source>No keychain is available, so logins cannot be saved.</source>
        <translation>没有可用的钥匙串，因此无法保存登录信息。</translation>
    </message>
    <message>
        <source>Enter the registry, the user and the password or token of the login.</source>
        <translation>请输入登录的镜像仓库、用户以及密码或令牌。</translation>
    </message>
    <message>
        <source>Could not save the login in the keychain: %1</source>
        <translation>无法将登录信息保存到钥匙串：%1</translation>
    </message>
    <message>
        <source>Could not remove the login from the keychain: %1</source>
        <translation>无法从钥匙串中删除登录信息：%1</translation>
    </message>
</context>
<context>
    <name>Armlift::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>Armlift::ProblemsView</name>
    <message>
        <source>Filter problems (rule, file, message)</source>
        <translation>筛选问题（规则、文件、消息）</translation>
    </message>
    <message>
        <source>Problems filter</source>
        <translation>问题筛选</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 个错误</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 个错误</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 个警告</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 个警告</translation>
    </message>
    <message>
        <source>%1 info</source>
        <translation>%1 个提示</translation>
    </message>
    <message>
        <source>Go to Problem</source>
        <translation>转到问题</translation>
    </message>
    <message>
        <source>Fix All %1 Problems in This File</source>
        <translation>修复此文件中的所有 %1 问题</translation>
    </message>
    <message>
        <source>Fix All Safe Problems in Project</source>
        <translation>修复项目中所有安全的问题</translation>
    </message>
</context>
<context>
    <name>Armlift::ProjectConfig</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1:%2: invalid JSON: %3</source>
        <translation>%1:%2：无效的 JSON：%3</translation>
    </message>
    <message>
        <source>%1: unknown severity &apos;%2&apos; for %3 (use error, warning or info)</source>
        <translation>%1：%3 的严重级别 &apos;%2&apos; 未知（请使用 error、warning 或 info）</translation>
    </message>
</context>
<context>
    <name>Armlift::ProjectFixer</name>
    <message>
        <source>%1: not a file inside the scanned folder; the fix was not applied</source>
        <translation>%1：不是已扫描文件夹中的文件；未应用修复</translation>
    </message>
    <message>
        <source>%1: cannot read: %2; nothing was changed</source>
        <translation>%1：无法读取：%2；未做任何更改</translation>
    </message>
    <message>
        <source>%1: binary file (contains NUL bytes); nothing was changed</source>
        <translation>%1：二进制文件（包含 NUL 字节）；未做任何更改</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8, writing it back would damage it; convert it to UTF-8 and run --fix again. Nothing was changed</source>
        <translation>%1：不是有效的 UTF-8，写回会损坏文件；请先转换为 UTF-8 再重新运行 --fix。未做任何更改</translation>
    </message>
    <message>
        <source>%1: outside the scanned folder; nothing was changed</source>
        <translation>%1：位于已扫描文件夹之外；未做任何更改</translation>
    </message>
    <message>
        <source>%1: cannot write: %2; nothing was changed</source>
        <translation>%1：无法写入：%2；未做任何更改</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>Armlift::ProjectScanner</name>
    <message>
        <source>%1: folder cannot be read; skipped</source>
        <translation>%1：无法读取文件夹；已跳过</translation>
    </message>
    <message>
        <source>%1: symbolic link to outside the scanned folder; not followed</source>
        <translation>%1：指向已扫描文件夹之外的符号链接；未跟随</translation>
    </message>
</context>
<context>
    <name>Armlift::ProjectTreeModel</name>
    <message>
        <source>%1, 1 problem</source>
        <translation>%1，1 个问题</translation>
    </message>
    <message>
        <source>%1, %2 problems</source>
        <translation>%1，%2 个问题</translation>
    </message>
    <message>
        <source>%1, ready for arm64</source>
        <translation>%1，已适配 arm64</translation>
    </message>
</context>
<context>
    <name>Armlift::PushDialog</name>
    <message>
        <source>Push</source>
        <translation>推送</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>分支：</translation>
    </message>
    <message>
        <source>&amp;Remote:</source>
        <translation>远程(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>推送(&amp;P)</translation>
    </message>
    <message>
        <source>This repository has no remote to push to. Add one with &lt;code&gt;git remote add origin URL&lt;/code&gt;.</source>
        <translation>此仓库没有可推送的远程。请使用 &lt;code&gt;git remote add origin URL&lt;/code&gt; 添加一个。</translation>
    </message>
    <message>
        <source>Push %1 to the remote&apos;s branch of the same name.</source>
        <translation>将 %1 推送到远程的同名分支。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Pushed %1 to %2 (%3).</source>
        <translation>已将 %1 推送到 %2（%3）。</translation>
    </message>
    <message>
        <source>Open a pull/merge request: %1</source>
        <translation>创建拉取/合并请求：%1</translation>
    </message>
    <message>
        <source>The push was cancelled.</source>
        <translation>推送已取消。</translation>
    </message>
    <message>
        <source>Could not push: %1</source>
        <translation>无法推送：%1</translation>
    </message>
</context>
<context>
    <name>Armlift::QuickFixController</name>
    <message>
        <source>Quick fixes</source>
        <translation>快速修复</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 no longer reports [%2] at line %3; the text changed. Nothing was changed.</source>
        <translation>%1 在第 %3 行不再报告 [%2]；文本已改变。未做任何更改。</translation>
    </message>
    <message>
        <source>The fix also changes %1, which has unsaved changes. Save %1 first, then apply the fix.</source>
        <translation>此修复还会更改 %1，而该文件有未保存的更改。请先保存 %1，再应用修复。</translation>
    </message>
    <message>
        <source>%1 changed while the fix was previewed; it was not changed. Try the fix again.</source>
        <translation>预览修复期间 %1 已被修改，因此未做更改。请重新尝试该修复。</translation>
    </message>
    <message>
        <source>Fix All %1 Problems in This File</source>
        <translation>修复此文件中的所有 %1 问题</translation>
    </message>
    <message>
        <source>Fix All Safe Problems in Project</source>
        <translation>修复项目中所有安全的问题</translation>
    </message>
    <message>
        <source>Fix All %1 Problems in %2</source>
        <translation>修复 %2 中的所有 %1 问题</translation>
    </message>
    <message>
        <source>Open a folder first (File &gt; Open Folder); fix-all works on a project.</source>
        <translation>请先打开一个文件夹（“文件 &gt; 打开文件夹”）；批量修复针对整个项目。</translation>
    </message>
    <message>
        <source>Fix-all cancelled; nothing was changed.</source>
        <translation>批量修复已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>%1: no fix could be applied automatically; fix the rest by hand.</source>
        <translation>%1：没有可自动应用的修复；请手动修复其余问题。</translation>
    </message>
    <message>
        <source>%1: nothing to fix.</source>
        <translation>%1：没有需要修复的内容。</translation>
    </message>
    <message>
        <source>%1 changed while the fixes were previewed; it was not changed. Run the fix-all again.</source>
        <translation>预览修复期间 %1 已被修改，因此未做更改。请重新运行批量修复。</translation>
    </message>
    <message>
        <source>Could not read %1: %2; no file was changed.</source>
        <translation>无法读取 %1：%2；未更改任何文件。</translation>
    </message>
    <message>
        <source>%1 changed on disk while the fixes were previewed; no file was changed. Run the fix-all again.</source>
        <translation>预览修复期间磁盘上的 %1 已被修改；未更改任何文件。请重新运行批量修复。</translation>
    </message>
    <message>
        <source>Could not write %1: %2; no file was changed.</source>
        <translation>无法写入 %1：%2；未更改任何文件。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Armlift::ReadinessChart</name>
    <message>
        <source>Readiness chart</source>
        <translation>就绪情况图表</translation>
    </message>
    <message>
        <source>%1 of %2 files ready for arm64</source>
        <translation>%2 个文件中有 %1 个已适配 arm64</translation>
    </message>
    <message>
        <source>%1: %2 errors, %3 warnings, %4 info</source>
        <translation>%1：%2 个错误，%3 个警告，%4 个提示</translation>
    </message>
    <message>
        <source>Fixable: %1, manual: %2</source>
        <translation>可修复：%1，手动：%2</translation>
    </message>
    <message>
        <source>%1: %2 (effort %3)</source>
        <translation>%1：%2（工作量 %3）</translation>
    </message>
    <message>
        <source>Fixable / manual</source>
        <translation>可修复 / 手动</translation>
    </message>
</context>
<context>
    <name>Armlift::RecipeCommand</name>
    <message>
        <source>Usage: armlift-scan --recipe %1 [--image NAME] [--tag TAG] [--registry HOST] [--no-native-arm-runners] [--output FILE] PATH</source>
        <translation>用法：armlift-scan --recipe %1 [--image NAME] [--tag TAG] [--registry HOST] [--no-native-arm-runners] [--output FILE] PATH</translation>
    </message>
    <message>
        <source>unknown option %1 for --recipe</source>
        <translation>--recipe 的未知选项 %1</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>unknown recipe &apos;%1&apos; (one of: %2)</source>
        <translation>未知方案 &apos;%1&apos;（可选：%2）</translation>
    </message>
    <message>
        <source>--recipe takes one PATH</source>
        <translation>--recipe 需要一个 PATH</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：没有该文件或文件夹</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>placeholder: %1</source>
        <translation>占位符：%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>wrote %1 (suggested name: %2)</source>
        <translation>已写入 %1（建议名称：%2）</translation>
    </message>
</context>
<context>
    <name>Armlift::RegistryClient</name>
    <message>
        <source>cannot reach the registry of %1 (%2)</source>
        <translation>无法访问 %1 的镜像仓库（%2）</translation>
    </message>
    <message>
        <source>the registry %1 refused access to %2 (HTTP %3): add credentials for it in the settings</source>
        <translation>镜像仓库 %1 拒绝访问 %2（HTTP %3）：请在设置中为其添加凭据</translation>
    </message>
    <message>
        <source>%1 does not exist on %2</source>
        <translation>%1 在 %2 上不存在</translation>
    </message>
    <message>
        <source>the registry %1 limits the request rate; %2 was not checked</source>
        <translation>镜像仓库 %1 限制了请求频率；未检查 %2</translation>
    </message>
    <message>
        <source>the registry %1 sent a manifest for %2 that is not understood</source>
        <translation>镜像仓库 %1 为 %2 发送了无法理解的清单</translation>
    </message>
    <message>
        <source>the registry of %1 answered HTTP %2</source>
        <translation>%1 的镜像仓库返回了 HTTP %2</translation>
    </message>
    <message>
        <source>offline: %1 is not in the cache</source>
        <translation>离线：%1 不在缓存中</translation>
    </message>
</context>
<context>
    <name>Armlift::ReportFile</name>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>HTML 报告 (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>SARIF for code scanning (*.sarif *.sarif.json)</source>
        <translation>用于代码扫描的 SARIF (*.sarif *.sarif.json)</translation>
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
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <source>%1: unknown report type; name the file .html, .md, .sarif, .json, .csv or .txt</source>
        <translation>%1：未知的报告类型；请将文件命名为 .html、.md、.sarif、.json、.csv 或 .txt</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2; choose another folder</source>
        <translation>%1：无法写入报告：%2；请选择其他文件夹</translation>
    </message>
</context>
<context>
    <name>Armlift::ReportSections</name>
    <message>
        <source>Readiness overview: findings by category and severity, fixable versus manual</source>
        <translation>就绪概览：按类别和严重级别列出的发现，可修复与手动的对比</translation>
    </message>
    <message>
        <source>Fixable (green) / manual (grey)</source>
        <translation>可修复（绿色）/ 手动（灰色）</translation>
    </message>
    <message>
        <source>Red: errors, amber: warnings, blue: info.</source>
        <translation>红色：错误，琥珀色：警告，蓝色：提示。</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪情况</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Fixable</source>
        <translation>可修复</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>工作量</translation>
    </message>
    <message>
        <source>Effort points: a manual error 8, a fixable error 2, a manual warning 3, a fixable warning 1. They rank the work; they are not hours.</source>
        <translation>工作量点数：手动错误 8，可修复错误 2，手动警告 3，可修复警告 1。用于对工作排序，并非小时数。</translation>
    </message>
    <message>
        <source>Findings by file</source>
        <translation>按文件列出的发现</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Rules in this report</source>
        <translation>此报告中的规则</translation>
    </message>
    <message>
        <source>Ask the maintainers</source>
        <translation>请维护者处理</translation>
    </message>
    <message>
        <source>These have no arm64 build upstream. Newer versions often do; if not, open (or +1) an issue upstream with the text below.</source>
        <translation>这些在上游没有 arm64 构建。较新的版本通常会有；如果没有，请用下方文本在上游提交（或 +1）一个 issue。</translation>
    </message>
    <message>
        <source>Migration effort by repository</source>
        <translation>按仓库列出的迁移工作量</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Readiness by file</source>
        <translation>按文件列出的就绪情况</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>These have no arm64 build upstream; open (or +1) an issue with the prefilled text.</source>
        <translation>这些在上游没有 arm64 构建；请用预填的文本提交（或 +1）一个 issue。</translation>
    </message>
</context>
<context>
    <name>Armlift::ReportWriter</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>Armlift::ScanCommand</name>
    <message>
        <source>Try &apos;armlift-scan --help&apos; for the options.</source>
        <translation>运行 &apos;armlift-scan --help&apos; 查看选项。</translation>
    </message>
    <message>
        <source>%1 files, %2 problems (%3 errors, %4 warnings, %5 info), %6 fixable</source>
        <translation>%1 个文件，%2 个问题（%3 个错误，%4 个警告，%5 个提示），%6 个可修复</translation>
    </message>
    <message>
        <source>armlift-scan: %1: no such file or folder</source>
        <translation>armlift-scan：%1：没有该文件或文件夹</translation>
    </message>
    <message>
        <source>armlift-scan: %1: cannot read it (permission denied); check its permissions</source>
        <translation>armlift-scan：%1：无法读取（权限被拒绝）；请检查其权限</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1：错误：%2</translation>
    </message>
    <message>
        <source>armlift-scan: %1: cannot write the report: %2</source>
        <translation>armlift-scan：%1：无法写入报告：%2</translation>
    </message>
    <message>
        <source><byte value="xd"/>Scanning %1: %2/%3 files</source>
        <translation><byte value="xd"/>正在扫描 %1：%2/%3 个文件</translation>
    </message>
    <message>
        <source>%1:%2:%3: note: a fix was not applied because it overlaps another one here; apply it by hand in the editor</source>
        <translation>%1:%2:%3：注意：某个修复与此处的另一个修复重叠，因此未应用；请在编辑器中手动应用</translation>
    </message>
    <message>
        <source>%1:%2: note: %3 [%4]</source>
        <translation>%1:%2：注意：%3 [%4]</translation>
    </message>
    <message>
        <source>armlift-scan: %1: fixes kept changing the files; stopped after %2 rounds</source>
        <translation>armlift-scan：%1：修复不断改变文件；在 %2 轮后停止</translation>
    </message>
    <message>
        <source>Fixed: %1 edits in %2 files</source>
        <translation>已修复：%2 个文件中的 %1 处编辑</translation>
    </message>
    <message>
        <source>armlift-scan: %1: cannot read the build log: %2</source>
        <translation>armlift-scan：%1：无法读取构建日志：%2</translation>
    </message>
    <message>
        <source>build log</source>
        <translation>构建日志</translation>
    </message>
    <message>
        <source>armlift-scan: %1: no known arm64 failure in this build log; its last error lines:</source>
        <translation>armlift-scan：%1：此构建日志中没有已知的 arm64 故障；其最后的错误行：</translation>
    </message>
    <message>
        <source>armlift-scan: no rule &apos;%1&apos;; &apos;armlift-scan --list-rules&apos; lists them</source>
        <translation>armlift-scan：没有规则 &apos;%1&apos;；&apos;armlift-scan --list-rules&apos; 可列出所有规则</translation>
    </message>
    <message>
        <source>online: registry %1, pypi %2, go.dev %3; %4 requests</source>
        <translation>在线：镜像仓库 %1，PyPI %2，go.dev %3；%4 次请求</translation>
    </message>
    <message>
        <source>armlift-scan: a commit in the temporary clone of %1 would be lost; add --push, or --keep-clone DIR to keep the clone</source>
        <translation>armlift-scan：%1 的临时克隆中的提交将会丢失；请添加 --push，或添加 --keep-clone DIR 以保留克隆</translation>
    </message>
    <message>
        <source>armlift-scan: %1 is not in a git repository (with a work tree); --commit needs one</source>
        <translation>armlift-scan：%1 不在（带工作树的）git 仓库中；--commit 需要这样的仓库</translation>
    </message>
    <message>
        <source>armlift-scan: %1 has uncommitted changes (%2); commit or stash them first, so the commit holds only the fixes</source>
        <translation>armlift-scan：%1 有未提交的更改（%2）；请先提交或 stash 这些更改，使该提交只包含修复</translation>
    </message>
    <message>
        <source>armlift-scan: no fix was applied, so there is nothing to commit</source>
        <translation>armlift-scan：未应用任何修复，因此没有可提交的内容</translation>
    </message>
</context>
<context>
    <name>Armlift::ScanOptions</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Report format: %1 (default: text).</source>
        <translation>报告格式：%1（默认：text）。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Write the report to FILE (replaced atomically) instead of standard output.</source>
        <translation>将报告写入 FILE（原子替换），而不是标准输出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Exit with 1 when a finding of this severity or worse exists: error, warning, info or never (default: error).</source>
        <translation>存在此严重级别或更高的发现时以 1 退出：error、warning、info 或 never（默认：error）。</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <source>Apply the first fix of every finding, repeated until nothing more applies, and print the changes as a unified diff on standard output. The report of what remains goes to --output when given; the remaining findings are listed on standard error.</source>
        <translation>对每个发现应用其第一个修复，重复直到没有可应用的修复，并将更改以统一 diff 格式输出到标准输出。剩余内容的报告在指定 --output 时写入该文件；剩余的发现列在标准错误中。</translation>
    </message>
    <message>
        <source>List the rules (text, or JSON with --format json) and exit.</source>
        <translation>列出规则（文本，或使用 --format json 输出 JSON）并退出。</translation>
    </message>
    <message>
        <source>Print the documentation page of rule ID and exit.</source>
        <translation>输出规则 ID 的文档页面并退出。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Use only the bundled knowledge base and the cache (the default; wins over --online).</source>
        <translation>仅使用内置知识库和缓存（默认；优先于 --online）。</translation>
    </message>
    <message>
        <source>Also ask registries, PyPI and go.dev.</source>
        <translation>同时查询镜像仓库、PyPI 和 go.dev。</translation>
    </message>
    <message>
        <source>Print no progress and no summary.</source>
        <translation>不输出进度和摘要。</translation>
    </message>
    <message>
        <source>Explain a failed arm64 build from its log (docker build, buildx, buildah, podman; &apos;-&apos; reads standard input): the cause, the rule and the fix, pointed at the Dockerfile line when PATH (the Dockerfile or its folder) is given.</source>
        <translation>根据日志解释失败的 arm64 构建（docker build、buildx、buildah、podman；&apos;-&apos; 表示读取标准输入）：原因、规则和修复；给出 PATH（Dockerfile 或其文件夹）时会指向 Dockerfile 中的行。</translation>
    </message>
    <message>
        <source>Folder or Dockerfile to scan; several may be given.</source>
        <translation>要扫描的文件夹或 Dockerfile；可指定多个。</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use one of %2</source>
        <translation>未知格式 &apos;%1&apos;；请使用 %2 之一</translation>
    </message>
    <message>
        <source>unknown --fail-on value &apos;%1&apos;; use error, warning, info or never</source>
        <translation>未知的 --fail-on 值 &apos;%1&apos;；请使用 error、warning、info 或 never</translation>
    </message>
    <message>
        <source>--output needs a file name</source>
        <translation>--output 需要文件名</translation>
    </message>
    <message>
        <source>--build-log needs a file name (or &apos;-&apos; for standard input)</source>
        <translation>--build-log 需要文件名（或用 &apos;-&apos; 表示标准输入）</translation>
    </message>
    <message>
        <source>--build-log takes at most one PATH: the Dockerfile or the folder the build used</source>
        <translation>--build-log 最多接受一个 PATH：构建所用的 Dockerfile 或文件夹</translation>
    </message>
    <message>
        <source>--build-log cannot be combined with --fix; apply the fixes with a scan of PATH</source>
        <translation>--build-log 不能与 --fix 同时使用；请通过扫描 PATH 来应用修复</translation>
    </message>
    <message>
        <source>no PATH given; name the folder or Dockerfile to scan, e.g. &apos;armlift-scan .&apos;</source>
        <translation>未指定 PATH；请指定要扫描的文件夹或 Dockerfile，例如 &apos;armlift-scan .&apos;</translation>
    </message>
    <message>
        <source>Talk plain HTTP to the registry HOST:PORT (repeatable), e.g. a local registry.</source>
        <translation>与镜像仓库 HOST:PORT 使用明文 HTTP 通信（可重复指定），例如本地镜像仓库。</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>PyPI JSON API base URL (default https://pypi.org/pypi).</source>
        <translation>PyPI JSON API 的基础 URL（默认 https://pypi.org/pypi）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Go downloads base URL (default https://go.dev/dl).</source>
        <translation>Go 下载的基础 URL（默认 https://go.dev/dl）。</translation>
    </message>
    <message>
        <source>When PATH is a git URL, clone it into DIR and keep it (default: a temporary folder).</source>
        <translation>当 PATH 是 git URL 时，将其克隆到 DIR 并保留（默认：临时文件夹）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Finds arm64 migration problems in Dockerfiles and the manifests they use.
The report goes to standard output (or --output); progress, the summary and errors go to
standard error. Exit status: 0 nothing at or above --fail-on, 1 findings, 2 usage error or
an unreadable scan root, or a failed --commit/--push.
With several PATHs each is scanned on its own and the reports are combined; every file is
then named with its PATH as given in front (proj-a/Dockerfile, proj-b/Dockerfile).</source>
        <translation>在 Dockerfile 及其使用的清单文件中查找 arm64 迁移问题。
报告输出到标准输出（或 --output）；进度、摘要和错误输出到
标准错误。退出状态：0 表示没有达到或高于 --fail-on 的发现，1 表示有发现，2 表示用法错误、
扫描根目录不可读，或 --commit/--push 失败。
指定多个 PATH 时，每个分别扫描并合并报告；此时每个文件名
前面会加上所给的 PATH（proj-a/Dockerfile、proj-b/Dockerfile）。</translation>
    </message>
    <message>
        <source>With --fix: commit the fixes with git on the branch --branch (created from the current commit and checked out afterwards). The author comes from --author, else user.name/user.email of the repository&apos;s or the global git config. The work tree must have no other changes.</source>
        <translation>与 --fix 一起使用：用 git 将修复提交到 --branch 分支（从当前提交创建，之后检出）。作者取自 --author，否则取自仓库或全局 git 配置中的 user.name/user.email。工作树中不能有其他更改。</translation>
    </message>
    <message>
        <source>The branch --commit uses (default: arm64-migration).</source>
        <translation>--commit 使用的分支（默认：arm64-migration）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>With --commit: push the branch to --remote, with the credentials of ssh-agent, the keychain or ARMLIFT_GIT_USER/ARMLIFT_GIT_TOKEN; prints the pull/merge request URL for GitHub, GitLab and Bitbucket.</source>
        <translation>与 --commit 一起使用：使用 ssh-agent、钥匙串或 ARMLIFT_GIT_USER/ARMLIFT_GIT_TOKEN 中的凭据将分支推送到 --remote；对于 GitHub、GitLab 和 Bitbucket，会输出拉取/合并请求的 URL。</translation>
    </message>
    <message>
        <source>The remote --push pushes to (default: origin).</source>
        <translation>--push 推送到的远程（默认：origin）。</translation>
    </message>
    <message>
        <source>The commit author for --commit, as &quot;Name &lt;email&gt;&quot;.</source>
        <translation>--commit 的提交作者，格式为 &quot;Name &lt;email&gt;&quot;。</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>AUTHOR</translation>
    </message>
    <message>
        <source>The commit message for --commit (default: a subject and the rule IDs of the fixes).</source>
        <translation>--commit 的提交消息（默认：一行标题和各修复的规则 ID）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>--commit takes one PATH: the repository (or a folder in it) to fix and commit</source>
        <translation>--commit 需要一个 PATH：要修复并提交的仓库（或其中的文件夹）</translation>
    </message>
    <message>
        <source>--commit needs --fix: it commits the fixes that --fix applies</source>
        <translation>--commit 需要 --fix：它提交 --fix 应用的修复</translation>
    </message>
    <message>
        <source>--push needs --commit (and --fix): it pushes the branch with the fixes</source>
        <translation>--push 需要 --commit（以及 --fix）：它推送包含修复的分支</translation>
    </message>
    <message>
        <source>%1 is only used with --fix --commit</source>
        <translation>%1 仅与 --fix --commit 一起使用</translation>
    </message>
    <message>
        <source>--remote is only used with --fix --commit --push</source>
        <translation>--remote 仅与 --fix --commit --push 一起使用</translation>
    </message>
    <message>
        <source>--branch &apos;%1&apos; is not a valid git branch name</source>
        <translation>--branch &apos;%1&apos; 不是有效的 git 分支名</translation>
    </message>
    <message>
        <source>--author &apos;%1&apos; is not in the form &quot;Name &lt;email&gt;&quot;</source>
        <translation>--author &apos;%1&apos; 不符合 &quot;Name &lt;email&gt;&quot; 格式</translation>
    </message>
    <message>
        <source>--message needs a text</source>
        <translation>--message 需要一段文本</translation>
    </message>
    <message>
        <source>--remote needs the name of a remote, e.g. origin</source>
        <translation>--remote 需要一个远程的名称，例如 origin</translation>
    </message>
</context>
<context>
    <name>Armlift::ScreenshotTaker</name>
    <message>
        <source>The scan of %1 did not finish within %2 s; no screenshot was written.</source>
        <translation>%1 的扫描未在 %2 秒内完成；未写入截图。</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
    <message>
        <source>Screenshot written to %1 (%2×%3).</source>
        <translation>截图已写入 %1（%2×%3）。</translation>
    </message>
</context>
<context>
    <name>Armlift::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow system (light or dark)</source>
        <translation>跟随系统（浅色或深色）</translation>
    </message>
    <message>
        <source>Editor theme</source>
        <translation>编辑器主题</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>编辑器字体</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>编辑器字号</translation>
    </message>
    <message>
        <source>Editor &amp;theme:</source>
        <translation>编辑器主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>编辑器字体(&amp;F)：</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>字号(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>Armlift::StoredCredential</name>
    <message>
        <source>SSH key %1 for %2@%3</source>
        <translation>%2@%3 的 SSH 密钥 %1</translation>
    </message>
    <message>
        <source>Password or token for %1@%2</source>
        <translation>%1@%2 的密码或令牌</translation>
    </message>
    <message>
        <source>Registry login %1@%2</source>
        <translation>镜像仓库登录 %1@%2</translation>
    </message>
</context>
<context>
    <name>Armlift::StoredRegistryCredentials</name>
    <message>
        <source>The saved login for %1 could not be read from the keychain: %2</source>
        <translation>无法从钥匙串读取 %1 的已保存登录信息：%2</translation>
    </message>
</context>
<context>
    <name>Armlift::TextFileReader</name>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation>%1：是目录，不是文件</translation>
    </message>
    <message>
        <source>%1: skipped: %2 MB is larger than the %3 MB limit for files Armlift analyses</source>
        <translation>%1：已跳过：%2 MB 超过了 Armlift 分析文件的 %3 MB 上限</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: skipped: larger than the %2 MB limit</source>
        <translation>%1：已跳过：超过 %2 MB 上限</translation>
    </message>
    <message>
        <source>%1: skipped: binary file (contains NUL bytes)</source>
        <translation>%1：已跳过：二进制文件（包含 NUL 字节）</translation>
    </message>
    <message>
        <source>%1:%2: invalid UTF-8; the file was analysed with replacement characters</source>
        <translation>%1:%2：无效的 UTF-8；已使用替换字符分析该文件</translation>
    </message>
</context>
<context>
    <name>Armlift::WelcomePage</name>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Armlift&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Armlift&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Open a folder with Dockerfiles to find what breaks on arm64 (Apple silicon, Graviton, Ampere) and apply reviewed fixes. You can also drop a folder on this window.</source>
        <translation>打开包含 Dockerfile 的文件夹，查找在 arm64（Apple 芯片、Graviton、Ampere）上会出问题的地方，并应用经过审核的修复。也可以将文件夹拖放到此窗口。</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>最近的项目：</translation>
    </message>
</context>
<context>
    <name>Armlift::WorkshopCopy</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2: %3</source>
        <translation>无法将 %1 复制到 %2：%3</translation>
    </message>
    <message>
        <source>The bundled workshop was not found (looked next to the program and in the source tree).</source>
        <translation>未找到内置的工作坊（已在程序旁边和源码树中查找）。</translation>
    </message>
    <message>
        <source>Could not create a folder in %1: %2</source>
        <translation>无法在 %1 中创建文件夹：%2</translation>
    </message>
    <message>
        <source>Could not replace %1; it is still as it was.</source>
        <translation>无法替换 %1；它保持原样。</translation>
    </message>
    <message>
        <source>Could not move the new copy to %1.</source>
        <translation>无法将新副本移动到 %1。</translation>
    </message>
</context>
<context>
    <name>Armlift::WorkshopPanel</name>
    <message>
        <source>Workshop cases</source>
        <translation>工作坊案例</translation>
    </message>
    <message>
        <source>Case explanation</source>
        <translation>案例说明</translation>
    </message>
    <message>
        <source>%1 (1 problem)</source>
        <translation>%1（1 个问题）</translation>
    </message>
    <message>
        <source>%1 (%2 problems)</source>
        <translation>%1（%2 个问题）</translation>
    </message>
    <message>
        <source>%1 (ready for arm64)</source>
        <translation>%1（已适配 arm64）</translation>
    </message>
</context>
<context>
    <name>BaseImageRule</name>
    <message>
        <source>base image without arm64</source>
        <translation>没有 arm64 的基础镜像</translation>
    </message>
    <message>
        <source>A base image has no linux/arm64 variant.</source>
        <translation>某个基础镜像没有 linux/arm64 变体。</translation>
    </message>
    <message>
        <source>%1 has no linux/arm64 variant: pulling it on arm64 fails with “no matching manifest for linux/arm64/v8”.</source>
        <translation>%1 没有 linux/arm64 变体：在 arm64 上拉取会因“no matching manifest for linux/arm64/v8”而失败。</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>BrowserDownloadRule</name>
    <message>
        <source>x86-64-only browser download</source>
        <translation>仅限 x86-64 的浏览器下载</translation>
    </message>
    <message>
        <source>A browser download that has no Linux arm64 build: Puppeteer&apos;s bundled Chrome or `playwright install chrome` (branded Google Chrome).</source>
        <translation>没有 Linux arm64 构建的浏览器下载：Puppeteer 自带的 Chrome 或 `playwright install chrome`（Google Chrome 品牌版）。</translation>
    </message>
    <message>
        <source>puppeteer %1 downloads an x86-64 Chrome on Linux arm64, which cannot start there (first release that downloads an arm64 build: %2)</source>
        <translation>puppeteer %1 在 Linux arm64 上会下载 x86-64 版 Chrome，在那里无法启动（首个下载 arm64 构建的版本：%2）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Use the distribution&apos;s %1 and skip Puppeteer&apos;s download</source>
        <translation>使用发行版的 %1 并跳过 Puppeteer 的下载</translation>
    </message>
    <message>
        <source>playwright install %1 installs branded Google Chrome, which Playwright does not support on Linux arm64</source>
        <translation>playwright install %1 会安装 Google Chrome 品牌版，而 Playwright 在 Linux arm64 上不支持它</translation>
    </message>
    <message>
        <source>Install Playwright&apos;s Chromium instead</source>
        <translation>改为安装 Playwright 的 Chromium</translation>
    </message>
    <message>
        <source>Remove channel: &apos;chrome&apos; from the browser launch options as well.</source>
        <translation>同时从浏览器启动选项中删除 channel: &apos;chrome&apos;。</translation>
    </message>
</context>
<context>
    <name>BuildPlatformGoarchRule</name>
    <message>
        <source>Go binary built for the build machine</source>
        <translation>为构建机器构建的 Go 二进制文件</translation>
    </message>
    <message>
        <source>A stage on $BUILDPLATFORM builds a Go binary without GOARCH and a later stage copies it: the image gets a binary for the build machine&apos;s architecture.</source>
        <translation>$BUILDPLATFORM 上的某个阶段在没有 GOARCH 的情况下构建 Go 二进制文件，而后续阶段复制了它：镜像得到的是构建机器架构的二进制文件。</translation>
    </message>
    <message>
        <source>go build runs on $BUILDPLATFORM without GOARCH: %1 is built for the build machine, and an arm64 image built on x86-64 gets an x86-64 binary (exec format error).</source>
        <translation>go build 在没有 GOARCH 的情况下在 $BUILDPLATFORM 上运行：%1 是为构建机器构建的，在 x86-64 上构建的 arm64 镜像会得到 x86-64 二进制文件（exec format error）。</translation>
    </message>
    <message>
        <source>FROM --platform=$BUILDPLATFORM runs this stage natively on the machine that builds, which is right for compiling, but Go then targets that machine unless GOOS/GOARCH say otherwise. BuildKit, buildah and podman set TARGETOS and TARGETARCH to the platform being built; declare them with ARG and pass them to go build.</source>
        <translation>FROM --platform=$BUILDPLATFORM 会在执行构建的机器上原生运行此阶段，这适合编译，但除非 GOOS/GOARCH 另有指定，Go 会以该机器为目标。BuildKit、buildah 和 podman 会将 TARGETOS 和 TARGETARCH 设为正在构建的平台；请用 ARG 声明它们并传给 go build。</translation>
    </message>
    <message>
        <source>Build for the target: GOOS=$TARGETOS GOARCH=$TARGETARCH</source>
        <translation>为目标平台构建：GOOS=$TARGETOS GOARCH=$TARGETARCH</translation>
    </message>
    <message>
        <source>CGO_ENABLED=0: cross-compiled Go has no C compiler for the target; nothing in the stage asks for cgo.</source>
        <translation>CGO_ENABLED=0：交叉编译的 Go 没有目标平台的 C 编译器；阶段中没有任何内容需要 cgo。</translation>
    </message>
    <message>
        <source>The stage uses cgo (%1): set CC to a cross compiler (aarch64-linux-gnu-gcc) with CGO_ENABLED=1, or use the tonistiigi/xx helpers (xx-go build).</source>
        <translation>该阶段使用了 cgo（%1）：请将 CC 设为交叉编译器（aarch64-linux-gnu-gcc）并设置 CGO_ENABLED=1，或使用 tonistiigi/xx 辅助工具（xx-go build）。</translation>
    </message>
</context>
<context>
    <name>ConfluentKafkaRule</name>
    <message>
        <source>confluent-kafka without an aarch64 wheel</source>
        <translation>没有 aarch64 wheel 的 confluent-kafka</translation>
    </message>
    <message>
        <source>confluent-kafka below 2.1.0 builds from source on arm64 and needs librdkafka of the same version.</source>
        <translation>低于 2.1.0 的 confluent-kafka 在 arm64 上从源码构建，并需要同版本的 librdkafka。</translation>
    </message>
    <message>
        <source>%1 has no aarch64 wheel: on arm64 pip compiles it against librdkafka of the same version, which the image does not have (first release with an aarch64 wheel: %2)</source>
        <translation>%1 没有 aarch64 wheel：在 arm64 上 pip 会针对同版本的 librdkafka 编译它，而镜像中没有该库（首个带 aarch64 wheel 的版本：%2）</translation>
    </message>
    <message>
        <source>Keep %1: build librdkafka %2 and the package from source</source>
        <translation>保留 %1：从源码构建 librdkafka %2 和该软件包</translation>
    </message>
    <message>
        <source>Building from source is slow under emulation; pinning %1 or later avoids it.</source>
        <translation>在模拟环境中从源码构建很慢；固定到 %1 或更高版本即可避免。</translation>
    </message>
</context>
<context>
    <name>CpuLevelRule</name>
    <message>
        <source>image needs a newer arm64 CPU</source>
        <translation>镜像需要更新的 arm64 CPU</translation>
    </message>
    <message>
        <source>A base image needs ARMv8.2-A, but the project targets older arm64 cores (targetCpu).</source>
        <translation>某个基础镜像需要 ARMv8.2-A，但项目面向更旧的 arm64 内核（targetCpu）。</translation>
    </message>
    <message>
        <source>The project&apos;s targetCpu (%1, in .armlift.json or .armlift.toml) names a core older than ARMv8.2-A. Source: %2; %3</source>
        <translation>项目的 targetCpu（%1，位于 .armlift.json 或 .armlift.toml 中）指定了早于 ARMv8.2-A 的内核。来源：%2；%3</translation>
    </message>
    <message>
        <source>%1 needs an %2 CPU, but the project targets %3: the container dies with “Illegal instruction” (exit code 132) there.</source>
        <translation>%1 需要 %2 CPU，但项目面向 %3：容器在那里会因“Illegal instruction”（退出码 132）而终止。</translation>
    </message>
    <message>
        <source>Use %1 (runs on ARMv8.0-A cores)</source>
        <translation>使用 %1（可在 ARMv8.0-A 内核上运行）</translation>
    </message>
    <message>
        <source>This is an older major release: check that the application works with it, or run this service on an ARMv8.2-A machine (Graviton 2 or later, Ampere, Apple silicon).</source>
        <translation>这是较旧的主要版本：请确认应用能在该版本上正常运行，或在 ARMv8.2-A 机器（Graviton 2 或更新、Ampere、Apple 芯片）上运行此服务。</translation>
    </message>
</context>
<context>
    <name>CrossCompileRule</name>
    <message>
        <source>Go build stage runs under emulation</source>
        <translation>Go 构建阶段在模拟下运行</translation>
    </message>
    <message>
        <source>A Go build stage whose output is only copied can run natively on $BUILDPLATFORM and cross-compile for the target instead of running the compiler under emulation.</source>
        <translation>输出只会被复制的 Go 构建阶段可以在 $BUILDPLATFORM 上原生运行，并为目标平台交叉编译，而不必在模拟环境中运行编译器。</translation>
    </message>
    <message>
        <source>When the image is built for another architecture (docker buildx build --platform linux/arm64 on an x86-64 machine, or the reverse), every RUN of this stage runs under QEMU emulation, and compilers are the slowest thing to emulate: the migration talk measured 22m27s emulated against 3m01s native for the same image. The stage&apos;s files are only copied into later stages, so it can run on the build machine (FROM --platform=$BUILDPLATFORM) and let Go cross-compile with GOOS=$TARGETOS GOARCH=$TARGETARCH; the final stage stays on the target platform. BUILDPLATFORM, TARGETOS and TARGETARCH are set by BuildKit, buildah and podman.</source>
        <translation>为其他架构构建镜像时（在 x86-64 机器上运行 docker buildx build --platform linux/arm64，或者反过来），此阶段的每个 RUN 都在 QEMU 模拟下运行，而编译器是最慢的模拟对象：迁移讲座中测得同一镜像模拟构建 22m27s，原生构建 3m01s。此阶段的文件只会被复制到后续阶段，因此它可以在构建机器上运行（FROM --platform=$BUILDPLATFORM），并让 Go 通过 GOOS=$TARGETOS GOARCH=$TARGETARCH 进行交叉编译；最终阶段仍在目标平台上。BUILDPLATFORM、TARGETOS 和 TARGETARCH 由 BuildKit、buildah 和 podman 设置。</translation>
    </message>
    <message>
        <source>The stage uses cgo (%1): cross-compiling needs a C compiler for the target, e.g. gcc-aarch64-linux-gnu with CC=aarch64-linux-gnu-gcc CGO_ENABLED=1, or the tonistiigi/xx helpers (xx-apt-get install gcc libc6-dev, then xx-go build).</source>
        <translation>该阶段使用了 cgo（%1）：交叉编译需要目标平台的 C 编译器，例如 gcc-aarch64-linux-gnu 配合 CC=aarch64-linux-gnu-gcc CGO_ENABLED=1，或使用 tonistiigi/xx 辅助工具（先 xx-apt-get install gcc libc6-dev，再 xx-go build）。</translation>
    </message>
    <message>
        <source>`go install` of the project writes cross-compiled binaries to $GOPATH/bin/linux_arm64/ (and refuses when GOBIN is set), so the COPY --from path would change: use go build -o with the path the later stage copies.</source>
        <translation>对项目执行 `go install` 会把交叉编译的二进制文件写到 $GOPATH/bin/linux_arm64/（设置了 GOBIN 时会拒绝），因此 COPY --from 的路径会改变：请使用 go build -o 并指定后续阶段复制的路径。</translation>
    </message>
    <message>
        <source>The stage already selects something by TARGETARCH/TARGETPLATFORM besides GOARCH; on $BUILDPLATFORM tools it downloads must use BUILDARCH (they run on the build machine).</source>
        <translation>该阶段除 GOARCH 外已经通过 TARGETARCH/TARGETPLATFORM 选择了其他内容；在 $BUILDPLATFORM 上，它下载的工具必须使用 BUILDARCH（它们在构建机器上运行）。</translation>
    </message>
    <message>
        <source>The stage is built FROM another stage; move that stage to $BUILDPLATFORM instead.</source>
        <translation>该阶段是 FROM 另一个阶段构建的；请改为将那个阶段移到 $BUILDPLATFORM。</translation>
    </message>
    <message>
        <source>Stage %1 compiles Go under emulation when building for another architecture; its output is only copied, so it can build natively on $BUILDPLATFORM and cross-compile.</source>
        <translation>为其他架构构建时，阶段 %1 会在模拟下编译 Go；它的输出只会被复制，因此可以在 $BUILDPLATFORM 上原生构建并交叉编译。</translation>
    </message>
    <message>
        <source>Armlift does not rewrite this stage:</source>
        <translation>Armlift 不会改写此阶段：</translation>
    </message>
    <message>
        <source>Cross-compile stage %1 on $BUILDPLATFORM (GOOS/GOARCH from TARGETOS/TARGETARCH)</source>
        <translation>在 $BUILDPLATFORM 上交叉编译阶段 %1（GOOS/GOARCH 取自 TARGETOS/TARGETARCH）</translation>
    </message>
    <message>
        <source>CGO_ENABLED=0 builds a static binary without C code: nothing in the stage asks for cgo (no C toolchain installed, no CGO_ENABLED=1, no cgo module in go.mod). If the build then reports &quot;build constraints exclude all Go files&quot;, the code needs cgo and a C cross compiler (see the rule&apos;s page).</source>
        <translation>CGO_ENABLED=0 会构建不含 C 代码的静态二进制文件：阶段中没有任何内容需要 cgo（未安装 C 工具链，没有 CGO_ENABLED=1，go.mod 中没有 cgo 模块）。如果构建随后报告 &quot;build constraints exclude all Go files&quot;，则代码需要 cgo 和 C 交叉编译器（参见该规则的页面）。</translation>
    </message>
</context>
<context>
    <name>CudaOnlyPackageRule</name>
    <message>
        <source>CUDA-only Python package</source>
        <translation>仅支持 CUDA 的 Python 软件包</translation>
    </message>
    <message>
        <source>A CUDA-only package has no arm64 Linux wheel; the arm64 builds of these frameworks are CPU only.</source>
        <translation>仅支持 CUDA 的软件包没有 arm64 Linux wheel；这些框架的 arm64 构建仅支持 CPU。</translation>
    </message>
    <message>
        <source>%1 is a CUDA-only build with no arm64 Linux wheel</source>
        <translation>%1 是仅支持 CUDA 的构建，没有 arm64 Linux wheel</translation>
    </message>
    <message>
        <source>%1 is a CUDA-only build with no arm64 Linux wheel; use the CPU package %2 on arm64</source>
        <translation>%1 是仅支持 CUDA 的构建，没有 arm64 Linux wheel；在 arm64 上请使用 CPU 软件包 %2</translation>
    </message>
    <message>
        <source>These wheels exist for x86_64 only: pip finds no distribution on arm64, and TensorFlow for arm64 is not built with CUDA support for NVIDIA GPUs. The CPU package runs on arm64 (Graviton, Ampere, Apple silicon); GPU work needs a platform-specific build (e.g. NVIDIA&apos;s Jetson or Grace containers). Source: %1</source>
        <translation>这些 wheel 只有 x86_64 版本：pip 在 arm64 上找不到发行包，而且 arm64 版 TensorFlow 没有为 NVIDIA GPU 构建 CUDA 支持。CPU 软件包可在 arm64（Graviton、Ampere、Apple 芯片）上运行；GPU 工作需要特定平台的构建（例如 NVIDIA 的 Jetson 或 Grace 容器）。来源：%1</translation>
    </message>
    <message>
        <source>Use the CPU package %1</source>
        <translation>使用 CPU 软件包 %1</translation>
    </message>
</context>
<context>
    <name>EmulationCostRule</name>
    <message>
        <source>compiles under emulation</source>
        <translation>在模拟下编译</translation>
    </message>
    <message>
        <source>A RUN step compiles or installs from source in a stage that runs under QEMU emulation when the image is built for another architecture.</source>
        <translation>某个 RUN 步骤在一个阶段中从源码编译或安装，而为其他架构构建镜像时该阶段会在 QEMU 模拟下运行。</translation>
    </message>
    <message>
        <source>This RUN step compiles from source (%1): building the image for another architecture runs it under QEMU emulation, several times slower than natively.</source>
        <translation>此 RUN 步骤从源码编译（%1）：为其他架构构建镜像时，它会在 QEMU 模拟下运行，比原生慢好几倍。</translation>
    </message>
    <message>
        <source>Emulation translates every instruction of the compiler: the migration talk built the same image in 22m27s under emulation and in 3m01s natively on arm64. Build on a native arm64 machine or runner (docker buildx with a remote arm64 node, ubuntu-24.04-arm in GitHub Actions), or move compilation into a stage on $BUILDPLATFORM that cross-compiles. Use prebuilt packages (distribution packages, wheels, release binaries) where they exist.</source>
        <translation>模拟会逐条转换编译器的指令：在迁移讲座中，同一镜像在模拟下构建耗时 22m27s，在 arm64 上原生构建耗时 3m01s。请在原生 arm64 机器或运行器上构建（使用远程 arm64 节点的 docker buildx、GitHub Actions 中的 ubuntu-24.04-arm），或将编译移到 $BUILDPLATFORM 上进行交叉编译的阶段。如有预编译软件包（发行版软件包、wheel、发布的二进制文件），请使用它们。</translation>
    </message>
    <message>
        <source>This stage&apos;s output is only copied, so it can run on $BUILDPLATFORM with a cross toolchain: Rust: rustup target add aarch64-unknown-linux-gnu and cargo build --target aarch64-unknown-linux-gnu with the linker aarch64-linux-gnu-gcc (or cargo-zigbuild); C/C++: gcc-aarch64-linux-gnu (CC=aarch64-linux-gnu-gcc) or a CMake toolchain file with CMAKE_SYSTEM_PROCESSOR=aarch64; Node native modules: npm_config_arch=arm64 with CC/CXX set to the cross compiler; the tonistiigi/xx helpers (xx-apt-get, xx-clang, xx-cargo, xx-go) wrap these for every TARGETPLATFORM.</source>
        <translation>此阶段的输出只会被复制，因此可以使用交叉工具链在 $BUILDPLATFORM 上运行：Rust：rustup target add aarch64-unknown-linux-gnu，并使用链接器 aarch64-linux-gnu-gcc 运行 cargo build --target aarch64-unknown-linux-gnu（或使用 cargo-zigbuild）；C/C++：gcc-aarch64-linux-gnu（CC=aarch64-linux-gnu-gcc）或设置了 CMAKE_SYSTEM_PROCESSOR=aarch64 的 CMake 工具链文件；Node 原生模块：npm_config_arch=arm64，并将 CC/CXX 设为交叉编译器；tonistiigi/xx 辅助工具（xx-apt-get、xx-clang、xx-cargo、xx-go）为每个 TARGETPLATFORM 封装了这些操作。</translation>
    </message>
</context>
<context>
    <name>FromPlatformRule</name>
    <message>
        <source>constant FROM --platform</source>
        <translation>常量 FROM --platform</translation>
    </message>
    <message>
        <source>A stage is pinned to an x86 platform with a constant FROM --platform.</source>
        <translation>某个阶段通过常量 FROM --platform 被固定到 x86 平台。</translation>
    </message>
    <message>
        <source>--platform=%1 pins this stage to x86: on arm64 it runs under emulation, slowly, and its binaries are x86 binaries.</source>
        <translation>--platform=%1 将此阶段固定为 x86：在 arm64 上它会在模拟环境中缓慢运行，其二进制文件也是 x86 的。</translation>
    </message>
    <message>
        <source>Remove the flag so the stage builds for the target platform. For a stage whose output is only copied into later stages, --platform=$BUILDPLATFORM runs it natively on the build machine; cross-compile there with TARGETARCH.</source>
        <translation>删除该选项，使此阶段为目标平台构建。对于输出只会被复制到后续阶段的阶段，--platform=$BUILDPLATFORM 会在构建机器上原生运行它；在那里使用 TARGETARCH 进行交叉编译。</translation>
    </message>
    <message>
        <source>Remove --platform=%1</source>
        <translation>删除 --platform=%1</translation>
    </message>
    <message>
        <source>Run this build-only stage on $BUILDPLATFORM</source>
        <translation>在 $BUILDPLATFORM 上运行此仅用于构建的阶段</translation>
    </message>
    <message>
        <source>Binaries built in this stage must then be cross-compiled for $TARGETARCH (e.g. GOARCH=$TARGETARCH after ARG TARGETARCH).</source>
        <translation>此阶段中构建的二进制文件必须为 $TARGETARCH 交叉编译（例如在 ARG TARGETARCH 之后使用 GOARCH=$TARGETARCH）。</translation>
    </message>
</context>
<context>
    <name>GemManifests</name>
    <message>
        <source>%1: no GEM specs or PLATFORMS section found</source>
        <translation>%1：未找到 GEM specs 或 PLATFORMS 部分</translation>
    </message>
</context>
<context>
    <name>GoAmd64BuildRule</name>
    <message>
        <source>Go build pinned to amd64</source>
        <translation>Go 构建被固定为 amd64</translation>
    </message>
    <message>
        <source>`go build/test -tags amd64` compiles amd64 assembly, and a hard-coded GOARCH=amd64 builds x86 binaries.</source>
        <translation>`go build/test -tags amd64` 会编译 amd64 汇编，而写死的 GOARCH=amd64 会构建 x86 二进制文件。</translation>
    </message>
    <message>
        <source>BuildKit sets TARGETARCH to the architecture being built (amd64, arm64); a stage sees it after `ARG TARGETARCH`. A fixed GOARCH=amd64 produces x86-64 binaries that fail with &quot;exec format error&quot; on arm64.</source>
        <translation>BuildKit 将 TARGETARCH 设为正在构建的架构（amd64、arm64）；阶段在 `ARG TARGETARCH` 之后才能看到它。固定的 GOARCH=amd64 会生成 x86-64 二进制文件，在 arm64 上会因 &quot;exec format error&quot; 而失败。</translation>
    </message>
    <message>
        <source>GOARCH=amd64 is hard-coded: the Go binaries are built for x86-64 on every platform</source>
        <translation>GOARCH=amd64 被写死：Go 二进制文件在所有平台上都为 x86-64 构建</translation>
    </message>
    <message>
        <source>Build for the target architecture: GOARCH=${TARGETARCH}</source>
        <translation>为目标架构构建：GOARCH=${TARGETARCH}</translation>
    </message>
    <message>
        <source>-tags amd64 makes Go compile the amd64 assembly files (*_amd64.s), which fail on arm64</source>
        <translation>-tags amd64 会让 Go 编译 amd64 汇编文件（*_amd64.s），这些文件在 arm64 上会失败</translation>
    </message>
    <message>
        <source>With the amd64 tag the toolchain includes files for amd64 on every architecture, so on arm64 the assembler stops with &quot;unrecognized instruction&quot; (BTQ, SETCS, BYTE). Libraries that ship assembly provide a pure-Go fallback behind the purego tag (//go:build purego || !amd64). Source: talk case 5.</source>
        <translation>使用 amd64 标签时，工具链在所有架构上都会包含 amd64 的文件，因此在 arm64 上汇编器会因 &quot;unrecognized instruction&quot;（BTQ、SETCS、BYTE）而停止。带汇编代码的库会在 purego 标签后提供纯 Go 的后备实现（//go:build purego || !amd64）。来源：讲座案例 5。</translation>
    </message>
    <message>
        <source>Remove the amd64 tag</source>
        <translation>删除 amd64 标签</translation>
    </message>
    <message>
        <source>Use the pure-Go code: -tags purego</source>
        <translation>使用纯 Go 代码：-tags purego</translation>
    </message>
    <message>
        <source>GOFLAGS sets -tags amd64 for every go command, which then compiles the amd64 assembly files (*_amd64.s) that fail on arm64</source>
        <translation>GOFLAGS 为每个 go 命令设置了 -tags amd64，因此会编译 amd64 汇编文件（*_amd64.s），这些文件在 arm64 上会失败</translation>
    </message>
    <message>
        <source>GOFLAGS holds default flags of the go command, so its -tags=amd64 acts like `go build -tags amd64`: on arm64 the assembler stops with &quot;unrecognized instruction&quot;. Libraries with assembly provide a pure-Go fallback behind the purego tag. Source: talk case 5; https://pkg.go.dev/cmd/go#hdr-Environment_variables (GOFLAGS).</source>
        <translation>GOFLAGS 保存 go 命令的默认参数，因此其中的 -tags=amd64 与 `go build -tags amd64` 效果相同：在 arm64 上汇编器会以 &quot;unrecognized instruction&quot; 停止。带汇编代码的库在 purego 标签后提供纯 Go 的回退实现。来源：演讲案例 5；https://pkg.go.dev/cmd/go#hdr-Environment_variables (GOFLAGS)。</translation>
    </message>
</context>
<context>
    <name>GoTarballRule</name>
    <message>
        <source>Go amd64 tarball</source>
        <translation>Go amd64 tarball</translation>
    </message>
    <message>
        <source>A Go release tarball for linux-amd64 is installed on every architecture.</source>
        <translation>在所有架构上都安装了 linux-amd64 的 Go 发布 tarball。</translation>
    </message>
    <message>
        <source>%1 is the amd64 build of Go: the go command it installs cannot run on arm64.</source>
        <translation>%1 是 Go 的 amd64 构建：它安装的 go 命令无法在 arm64 上运行。</translation>
    </message>
    <message>
        <source>Name the tarball go&lt;version&gt;.linux-${TARGETARCH}.tar.gz and declare `ARG TARGETARCH` in the stage, so BuildKit fetches the build of the platform being built (amd64 or arm64).</source>
        <translation>将 tarball 命名为 go&lt;version&gt;.linux-${TARGETARCH}.tar.gz，并在阶段中声明 `ARG TARGETARCH`，这样 BuildKit 会获取正在构建的平台（amd64 或 arm64）的构建。</translation>
    </message>
    <message>
        <source>The sha256 checksum checked in this stage belongs to the amd64 tarball: replace it with the checksum of the arm64 tarball from https://go.dev/dl/.</source>
        <translation>此阶段中校验的 sha256 校验和属于 amd64 tarball：请替换为 https://go.dev/dl/ 上 arm64 tarball 的校验和。</translation>
    </message>
    <message>
        <source>The sha256 checksum on line %1 belongs to the amd64 tarball and must be updated with it.</source>
        <translation>第 %1 行的 sha256 校验和属于 amd64 tarball，必须随之更新。</translation>
    </message>
    <message>
        <source>Download go%1.linux-${TARGETARCH}.tar.gz and choose its sha256 by TARGETARCH</source>
        <translation>下载 go%1.linux-${TARGETARCH}.tar.gz 并按 TARGETARCH 选择其 sha256</translation>
    </message>
    <message>
        <source>Use ${TARGETARCH} in the tarball name (builds for amd64 and arm64)</source>
        <translation>在 tarball 名称中使用 ${TARGETARCH}（可为 amd64 和 arm64 构建）</translation>
    </message>
    <message>
        <source>Download the arm64 tarball (%1)</source>
        <translation>下载 arm64 tarball（%1）</translation>
    </message>
</context>
<context>
    <name>JsonTree</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1:%2: invalid JSON: %3</source>
        <translation>%1:%2：无效的 JSON：%3</translation>
    </message>
</context>
<context>
    <name>LockPlatformRule</name>
    <message>
        <source>Gemfile.lock without aarch64-linux</source>
        <translation>缺少 aarch64-linux 的 Gemfile.lock</translation>
    </message>
    <message>
        <source>Gemfile.lock pins platform-specific gems but its PLATFORMS section has no aarch64-linux entry.</source>
        <translation>Gemfile.lock 固定了特定平台的 gem，但其 PLATFORMS 部分没有 aarch64-linux 条目。</translation>
    </message>
    <message>
        <source>Run “%1” on any machine and commit the updated lockfile: it adds the aarch64-linux variants of the platform gems.</source>
        <translation>在任意机器上运行“%1”并提交更新后的锁文件：它会添加平台 gem 的 aarch64-linux 变体。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>%1 supports only %2 but pins platform gems (%3): add aarch64-linux with “%4”</source>
        <translation>%1 只支持 %2，但固定了平台 gem（%3）：请用“%4”添加 aarch64-linux</translation>
    </message>
</context>
<context>
    <name>LseAtomicsRule</name>
    <message>
        <source>Atomics-heavy build without LSE</source>
        <translation>未使用 LSE 的原子操作密集型构建</translation>
    </message>
    <message>
        <source>PostgreSQL and similar atomics-heavy code built with GCC older than 10 uses slow load/store-exclusive loops on arm64 instead of LSE atomics.</source>
        <translation>使用早于 10 的 GCC 构建的 PostgreSQL 等原子操作密集型代码，在 arm64 上使用缓慢的 load/store-exclusive 循环，而不是 LSE 原子指令。</translation>
    </message>
    <message>
        <source>%1 is compiled with GCC %2 (%3), which emits no LSE atomics for arm64: add -moutline-atomics</source>
        <translation>%1 使用 GCC %2（%3）编译，不会为 arm64 生成 LSE 原子指令：请添加 -moutline-atomics</translation>
    </message>
    <message>
        <source>GCC enables outline atomics (LSE on CPUs that have it) by default only from %1. Older compilers use load/store-exclusive loops, which are much slower under contention on many-core arm64 servers. -moutline-atomics exists from GCC %2; with an older compiler use a newer base image or -march=armv8.2-a (only for CPUs with LSE). Sources: %3; %4</source>
        <translation>GCC 从 %1 起才默认启用 outline atomics（在支持的 CPU 上使用 LSE）。更旧的编译器使用 load/store-exclusive 循环，在多核 arm64 服务器上发生争用时会慢得多。-moutline-atomics 从 GCC %2 起可用；使用更旧的编译器时，请换用较新的基础镜像或 -march=armv8.2-a（仅适用于支持 LSE 的 CPU）。来源：%3；%4</translation>
    </message>
    <message>
        <source>Compile %1 with -moutline-atomics</source>
        <translation>使用 -moutline-atomics 编译 %1</translation>
    </message>
</context>
<context>
    <name>MinimumVersionRule</name>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Pin %1 %2 (first release with an aarch64 wheel)</source>
        <translation>将 %1 固定为 %2（首个带 aarch64 wheel 的版本）</translation>
    </message>
</context>
<context>
    <name>NativeGemRule</name>
    <message>
        <source>gem without an aarch64-linux build</source>
        <translation>没有 aarch64-linux 构建的 gem</translation>
    </message>
    <message>
        <source>A gem has no aarch64-linux native gem at the installed version (or its source build fails on aarch64), so bundle install compiles it or fails on arm64.</source>
        <translation>某个 gem 在所安装的版本中没有 aarch64-linux 原生 gem（或其源码构建在 aarch64 上失败），因此 bundle install 会在 arm64 上编译它或失败。</translation>
    </message>
    <message>
        <source>Run “bundle update %1” so that %2 follows.</source>
        <translation>运行“bundle update %1”，使 %2 随之更新。</translation>
    </message>
    <message>
        <source>The lockfile resolves this version: run “bundle update %1” (after relaxing the Gemfile constraint of the gem that needs it).</source>
        <translation>锁文件解析了此版本：请运行“bundle update %1”（先放宽需要它的 gem 在 Gemfile 中的约束）。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>%1 does not install on aarch64 Linux in any version</source>
        <translation>%1 的任何版本都无法安装在 aarch64 Linux 上</translation>
    </message>
    <message>
        <source>%1 has no aarch64-linux native gem: bundle install compiles it on arm64 (first release with one: %2)</source>
        <translation>%1 没有 aarch64-linux 原生 gem：bundle install 会在 arm64 上编译它（首个提供的版本：%2）</translation>
    </message>
    <message>
        <source>%1 has no working aarch64-linux build: bundle install compiles it on arm64</source>
        <translation>%1 没有可用的 aarch64-linux 构建：bundle install 会在 arm64 上编译它</translation>
    </message>
    <message>
        <source>Require %1 %2 or later (first release with an aarch64-linux gem)</source>
        <translation>要求 %1 %2 或更高版本（首个带 aarch64-linux gem 的版本）</translation>
    </message>
    <message>
        <source>Replace %1 with %2</source>
        <translation>将 %1 替换为 %2</translation>
    </message>
    <message>
        <source>Drop version constraints of %1 that do not apply to %2.</source>
        <translation>删除 %1 中不适用于 %2 的版本约束。</translation>
    </message>
    <message>
        <source>Keep %1 and install what building it needs (%2)</source>
        <translation>保留 %1 并安装构建它所需的内容（%2）</translation>
    </message>
</context>
<context>
    <name>NativeNpmRule</name>
    <message>
        <source>npm package without a linux-arm64 binary</source>
        <translation>没有 linux-arm64 二进制文件的 npm 软件包</translation>
    </message>
    <message>
        <source>An npm package downloads a prebuilt native binary that does not exist for linux-arm64 at the installed version, so the install fails or compiles from source on arm64.</source>
        <translation>某个 npm 软件包会下载预编译的原生二进制文件，而所安装的版本没有 linux-arm64 的二进制文件，因此在 arm64 上安装会失败或从源码编译。</translation>
    </message>
    <message>
        <source>(locked: %1)</source>
        <translation>（已锁定：%1）</translation>
    </message>
    <message>
        <source>%1 has no linux-arm64 binary in any version: its install fails on arm64</source>
        <translation>%1 的任何版本都没有 linux-arm64 二进制文件：在 arm64 上安装会失败</translation>
    </message>
    <message>
        <source>%1 has no linux-arm64 prebuilt binary: npm compiles it from source on arm64 (first good release: %2)</source>
        <translation>%1 没有预编译的 linux-arm64 二进制文件：npm 会在 arm64 上从源码编译它（首个可用版本：%2）</translation>
    </message>
    <message>
        <source>%1 has no linux-arm64 prebuilt binary: npm compiles it from source on arm64</source>
        <translation>%1 没有预编译的 linux-arm64 二进制文件：npm 会在 arm64 上从源码编译它</translation>
    </message>
    <message>
        <source>The lockfile resolves this version for another package that depends on it: update it (npm update %1, or an &quot;overrides&quot; entry) and rebuild the lockfile.</source>
        <translation>锁文件为依赖它的另一个软件包解析了此版本：请更新该软件包（npm update %1，或添加 &quot;overrides&quot; 条目）并重新生成锁文件。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Replace %1 with %2</source>
        <translation>将 %1 替换为 %2</translation>
    </message>
    <message>
        <source>Use %1 %2 (first release with a linux-arm64 binary)</source>
        <translation>使用 %1 %2（首个带 linux-arm64 二进制文件的版本）</translation>
    </message>
    <message>
        <source>Keep %1 and install what building it needs (%2)</source>
        <translation>保留 %1 并安装构建它所需的内容（%2）</translation>
    </message>
    <message>
        <source>%1: %2 still pins %3, which package.json no longer allows: run “%4” so the lockfile follows (a clean install refuses it as it is)</source>
        <translation>%1：%2 仍锁定 %3，而 package.json 已不再允许该版本：请运行“%4”使锁文件随之更新（否则干净安装会拒绝它）</translation>
    </message>
    <message>
        <source>Run “%1” to update %2 before building: a clean install refuses a lockfile that does not match package.json. Armlift does not edit the lockfile: its entries carry the download URL and integrity hash of the old release.</source>
        <translation>构建前请运行“%1”更新 %2：与 package.json 不一致的锁文件会被干净安装拒绝。Armlift 不编辑锁文件：其条目包含旧版本的下载 URL 和完整性哈希。</translation>
    </message>
    <message>
        <source>Replace %1 with %2 in package.json, then run “%3”</source>
        <translation>在 package.json 中将 %1 替换为 %2，然后运行“%3”</translation>
    </message>
    <message>
        <source>Use %1 %2 in package.json (first release with a linux-arm64 binary), then run “%3”</source>
        <translation>在 package.json 中使用 %1 %2（首个提供 linux-arm64 二进制的版本），然后运行“%3”</translation>
    </message>
</context>
<context>
    <name>NoLinuxWheelRule</name>
    <message>
        <source>Python package without Linux wheels</source>
        <translation>没有 Linux wheel 的 Python 软件包</translation>
    </message>
    <message>
        <source>A package that always builds from source on Linux is installed without its build dependencies.</source>
        <translation>某个在 Linux 上总是从源码构建的软件包在安装时缺少其构建依赖。</translation>
    </message>
    <message>
        <source>%1 publishes no Linux wheels: pip compiles it, but this stage does not install %2</source>
        <translation>%1 不发布 Linux wheel：pip 会编译它，但此阶段没有安装 %2</translation>
    </message>
    <message>
        <source>%1 is built from source on every Linux architecture, so the image needs a C compiler, the client library headers and pkg-config before pip runs. Source: %2</source>
        <translation>%1 在所有 Linux 架构上都从源码构建，因此镜像在运行 pip 之前需要 C 编译器、客户端库头文件和 pkg-config。来源：%2</translation>
    </message>
</context>
<context>
    <name>NodeModulesRule</name>
    <message>
        <source>node_modules from another platform</source>
        <translation>来自其他平台的 node_modules</translation>
    </message>
    <message>
        <source>node_modules comes into the image from the build context (or the lockfile lacks the linux-arm64 optional package) while the project uses packages with platform-specific native code.</source>
        <translation>项目使用了含特定平台原生代码的软件包，而 node_modules 从构建上下文进入了镜像（或锁文件缺少 linux-arm64 可选软件包）。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Install the dependencies inside the image (npm ci) and keep the host&apos;s node_modules out of the build context. </source>
        <translation>在镜像内安装依赖（npm ci），并将主机的 node_modules 排除在构建上下文之外。</translation>
    </message>
    <message>
        <source>node_modules is copied from the build context: its native packages (%1) were installed for the host&apos;s platform and do not load on linux/arm64</source>
        <translation>node_modules 是从构建上下文复制的：其原生软件包（%1）是为主机平台安装的，无法在 linux/arm64 上加载</translation>
    </message>
    <message>
        <source>This copies the whole project, including a local %1 (no .dockerignore entry): its native packages (%2) were installed for the host&apos;s platform and replace the ones built in the image</source>
        <translation>这会复制整个项目，包括本地的 %1（.dockerignore 中没有条目）：其原生软件包（%2）是为主机平台安装的，会替换镜像中构建的软件包</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>将 %1 添加到 %2</translation>
    </message>
    <message>
        <source>Also replace this COPY with an install in the image (COPY package.json and the lockfile, then RUN npm ci).</source>
        <translation>同时将此 COPY 替换为在镜像中安装（先 COPY package.json 和锁文件，再 RUN npm ci）。</translation>
    </message>
    <message>
        <source>%1 lists %2&apos;s native packages for other platforms but not %3: a clean install on linux/arm64 leaves %2 without its binary</source>
        <translation>%1 列出了 %2 在其他平台上的原生软件包，但没有 %3 的：在 linux/arm64 上全新安装后 %2 将缺少其二进制文件</translation>
    </message>
    <message>
        <source>npm sometimes drops the optional packages of other platforms when it writes the lockfile (npm/cli#4828). Regenerate the lockfile with a current npm (delete it and node_modules, run npm install) or add %1 to optionalDependencies.</source>
        <translation>npm 在写入锁文件时有时会丢掉其他平台的可选软件包（npm/cli#4828）。请用最新的 npm 重新生成锁文件（删除它和 node_modules，然后运行 npm install），或将 %1 添加到 optionalDependencies。</translation>
    </message>
    <message>
        <source>Create %1 with %2</source>
        <translation>创建包含 %2 的 %1</translation>
    </message>
</context>
<context>
    <name>NpmManifests</name>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1：不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>OldGoVersionRule</name>
    <message>
        <source>Go older than 1.18</source>
        <translation>早于 1.18 的 Go</translation>
    </message>
    <message>
        <source>Go before 1.18 passes arguments on the stack on arm64; 1.18 and later use registers and run faster.</source>
        <translation>1.18 之前的 Go 在 arm64 上通过栈传递参数；1.18 及更高版本使用寄存器，运行更快。</translation>
    </message>
    <message>
        <source>Go %1 predates the register-based calling convention on arm64 (Go %2): upgrading makes the programs faster</source>
        <translation>Go %1 早于 arm64 上基于寄存器的调用约定（Go %2）：升级会让程序更快</translation>
    </message>
    <message>
        <source>Go %1 extended the register-based calling convention to 64-bit ARM; its release notes report 10% or more CPU performance, and the migration talk cites up to 20% on arm64. Source: %2</source>
        <translation>Go %1 将基于寄存器的调用约定扩展到 64 位 ARM；其发行说明称 CPU 性能提升 10% 或更多，迁移讲座提到在 arm64 上最多提升 20%。来源：%2</translation>
    </message>
    <message>
        <source>Use Go %1</source>
        <translation>使用 Go %1</translation>
    </message>
    <message>
        <source>The checksum of the tarball changes too: update it from https://go.dev/dl/.</source>
        <translation>tarball 的校验和也会改变：请从 https://go.dev/dl/ 更新它。</translation>
    </message>
    <message>
        <source>Use golang:%1</source>
        <translation>使用 golang:%1</translation>
    </message>
    <message>
        <source>The %1 variant is not published for Go %2; check the image&apos;s OS packages.</source>
        <translation>Go %2 未发布 %1 变体；请检查镜像的操作系统软件包。</translation>
    </message>
    <message>
        <source>Require Go %1 in go.mod</source>
        <translation>在 go.mod 中要求 Go %1</translation>
    </message>
    <message>
        <source>Run `go mod tidy` afterwards: from go 1.17 on, go.mod also lists indirect dependencies.</source>
        <translation>之后运行 `go mod tidy`：从 go 1.17 起，go.mod 也会列出间接依赖。</translation>
    </message>
</context>
<context>
    <name>OldWheelRule</name>
    <message>
        <source>Python package without an aarch64 wheel</source>
        <translation>没有 aarch64 wheel 的 Python 软件包</translation>
    </message>
    <message>
        <source>A Python package is pinned below its first release with an aarch64 wheel, so pip builds it from source on arm64.</source>
        <translation>某个 Python 软件包被固定在其首个带 aarch64 wheel 的版本之前，因此 pip 会在 arm64 上从源码构建它。</translation>
    </message>
    <message>
        <source>pip finds no wheel for aarch64 and downloads the source distribution, which needs a C compiler and the Python headers on arm64 (and builds slowly under emulation). %1 is the first release with a manylinux aarch64 wheel.</source>
        <translation>pip 找不到 aarch64 的 wheel，会下载源码包，在 arm64 上需要 C 编译器和 Python 头文件（且在模拟下构建很慢）。%1 是首个带 manylinux aarch64 wheel 的版本。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>%1 has no aarch64 wheel: pip builds it from source on arm64 (first release with an aarch64 wheel: %2)</source>
        <translation>%1 没有 aarch64 wheel：pip 会在 arm64 上从源码构建它（首个带 aarch64 wheel 的版本：%2）</translation>
    </message>
    <message>
        <source>Pin %1 %2 (first release with an aarch64 wheel)</source>
        <translation>将 %1 固定为 %2（首个带 aarch64 wheel 的版本）</translation>
    </message>
    <message>
        <source>Keep %1 and install what building it needs (%2)</source>
        <translation>保留 %1 并安装构建它所需的内容（%2）</translation>
    </message>
    <message>
        <source>Install the distribution package %1 instead of %2</source>
        <translation>安装发行版软件包 %1 以替代 %2</translation>
    </message>
    <message>
        <source>The distribution&apos;s version may differ from the pinned one; check that it suits the application.</source>
        <translation>发行版的版本可能与固定的版本不同；请确认它适合该应用。</translation>
    </message>
    <message>
        <source>%1 has no aarch64 wheel for Python %2 (inferred from the base image %3): pip builds it from source on arm64 (first release with a Python %2 aarch64 wheel: %4)</source>
        <translation>%1 没有适用于 Python %2（根据基础镜像 %3 推断）的 aarch64 wheel：pip 会在 arm64 上从源码构建它（首个带 Python %2 aarch64 wheel 的版本：%4）</translation>
    </message>
    <message>
        <source>Wheels are built per Python version: older releases have aarch64 wheels for older Pythons only, so on Python %1 pip downloads the source distribution and compiles it (slowly under emulation).</source>
        <translation>wheel 按 Python 版本分别构建：旧版本只有适用于旧版 Python 的 aarch64 wheel，因此在 Python %1 上 pip 会下载源码包并编译（在模拟下很慢）。</translation>
    </message>
    <message>
        <source>The Python version is a guess from the distribution&apos;s python3 package.</source>
        <translation>Python 版本是根据发行版的 python3 软件包推测的。</translation>
    </message>
    <message>
        <source>%1 has no musllinux aarch64 wheel: on Alpine (musl libc, inferred from the base image %2) pip builds it from source on arm64 (first release with a musllinux aarch64 wheel: %3)</source>
        <translation>%1 没有 musllinux aarch64 wheel：在 Alpine（musl libc，根据基础镜像 %2 推断）上，pip 会在 arm64 上从源码构建它（首个带 musllinux aarch64 wheel 的版本：%3）</translation>
    </message>
    <message>
        <source>Alpine uses musl libc, which cannot load manylinux (glibc) wheels: pip needs musllinux_*_aarch64 wheels, which most projects published years after their manylinux ones. A Debian-based image (python:X.Y-slim) gets the manylinux wheels.</source>
        <translation>Alpine 使用 musl libc，无法加载 manylinux（glibc）wheel：pip 需要 musllinux_*_aarch64 wheel，而大多数项目在发布 manylinux wheel 数年之后才发布它们。基于 Debian 的镜像（python:X.Y-slim）可以使用 manylinux wheel。</translation>
    </message>
    <message>
        <source>Pin %1 %2 (first release with a musllinux aarch64 wheel)</source>
        <translation>将 %1 固定为 %2（首个带 musllinux aarch64 wheel 的版本）</translation>
    </message>
    <message>
        <source>Pin %1 %2 (first release with an aarch64 wheel for this Python)</source>
        <translation>将 %1 固定为 %2（首个带适用于此 Python 的 aarch64 wheel 的版本）</translation>
    </message>
    <message>
        <source>%1 publishes no aarch64 wheels: pip compiles it on arm64, but this stage does not install %2</source>
        <translation>%1 不发布 aarch64 wheel：pip 会在 arm64 上编译它，但此阶段没有安装 %2</translation>
    </message>
    <message>
        <source>%1 has wheels for x86-64 Linux only, so the amd64 build works and the arm64 build fails with “gcc: No such file or directory” or missing headers. Install the build dependencies in the stage (or use a package that publishes aarch64 wheels). Source: %2</source>
        <translation>%1 只有 x86-64 Linux 的 wheel，因此 amd64 构建可以成功，而 arm64 构建会因“gcc: No such file or directory”或缺少头文件而失败。请在该阶段安装构建依赖（或使用发布 aarch64 wheel 的软件包）。来源：%2</translation>
    </message>
    <message>
        <source>%1 was published without aarch64 wheels: pip builds it from source on arm64</source>
        <translation>%1 发布时没有 aarch64 wheel：pip 会在 arm64 上从源码构建它</translation>
    </message>
    <message>
        <source>The releases around it have aarch64 wheels, this one does not: pin a neighbouring release (or install a compiler and the package&apos;s headers and accept a slow source build). Source: %1</source>
        <translation>它前后的版本都有 aarch64 wheel，唯独这个版本没有：请固定到相邻的版本（或安装编译器和该软件包的头文件，并接受缓慢的源码构建）。来源：%1</translation>
    </message>
    <message>
        <source>Pin %1 %2 (has aarch64 wheels)</source>
        <translation>将 %1 固定为 %2（有 aarch64 wheel）</translation>
    </message>
    <message>
        <source>%1 has only %2 wheels for aarch64 (glibc %3 or later), but %4 has glibc %5: pip builds it from source on arm64</source>
        <translation>%1 在 aarch64 上只有 %2 wheel（需要 glibc %3 或更高版本），但 %4 的 glibc 为 %5：pip 会在 arm64 上从源码构建它</translation>
    </message>
    <message>
        <source>A manylinux_2_28 wheel needs glibc 2.28; older images (CentOS 7: 2.17, Amazon Linux 2: 2.26) fall back to the source distribution. Pin a release below %1, or use a base image with glibc %2 or later. Source: %3; %4</source>
        <translation>manylinux_2_28 wheel 需要 glibc 2.28；较旧的镜像（CentOS 7：2.17，Amazon Linux 2：2.26）会退回到源码包。请固定到低于 %1 的版本，或使用 glibc %2 或更高版本的基础镜像。来源：%3；%4</translation>
    </message>
    <message>
        <source>This stage installs what the source build needs (%1), so the build works on arm64, only more slowly.</source>
        <translation>此阶段安装了源码构建所需的内容（%1），因此在 arm64 上构建可以成功，只是更慢。</translation>
    </message>
    <message>
        <source>%1 is an x86 wheel (platform tag %2): pip refuses it on arm64 with &quot;is not a supported wheel on this platform&quot;</source>
        <translation>%1 是 x86 wheel（平台标签 %2）：在 arm64 上 pip 会以 &quot;is not a supported wheel on this platform&quot; 拒绝它</translation>
    </message>
    <message>
        <source>A wheel runs only on the platforms its file name lists. Install the package by name and version (pip then picks the wheel for the image&apos;s architecture), or choose the wheel per architecture, e.g. from $(uname -m) (x86_64 / aarch64), when the vendor publishes an aarch64 one.</source>
        <translation>wheel 只能在其文件名列出的平台上运行。请按名称和版本安装该软件包（pip 会为镜像的架构选择 wheel），或在供应商发布了 aarch64 wheel 时按架构选择 wheel，例如根据 $(uname -m)（x86_64 / aarch64）。</translation>
    </message>
</context>
<context>
    <name>PlatformArgRule</name>
    <message>
        <source>platform ARG not declared in the stage</source>
        <translation>平台 ARG 未在阶段中声明</translation>
    </message>
    <message>
        <source>$TARGETARCH or another BuildKit platform argument is used in a stage that does not declare it.</source>
        <translation>$TARGETARCH 或其他 BuildKit 平台参数在未声明它的阶段中使用。</translation>
    </message>
    <message>
        <source>$%1 is used in a stage that does not declare `ARG %1`, so it expands to an empty string here.</source>
        <translation>$%1 在未声明 `ARG %1` 的阶段中使用，因此在此处展开为空字符串。</translation>
    </message>
    <message>
        <source>BuildKit&apos;s platform arguments exist only before the first FROM; add `ARG %1` after this stage&apos;s FROM line to use it in the stage.</source>
        <translation>BuildKit 的平台参数只在第一个 FROM 之前存在；要在阶段中使用，请在此阶段的 FROM 行之后添加 `ARG %1`。</translation>
    </message>
    <message>
        <source>Declare ARG %1 in this stage</source>
        <translation>在此阶段声明 ARG %1</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>%1: outside the scanned folder</source>
        <translation>%1：位于已扫描文件夹之外</translation>
    </message>
    <message>
        <source>%1: symbolic link to a file outside the scanned folder; not followed</source>
        <translation>%1：指向已扫描文件夹之外文件的符号链接；未跟随</translation>
    </message>
</context>
<context>
    <name>PythonFixes</name>
    <message>
        <source>These are the Debian package names: this stage uses neither apt nor apk, so install the equivalents of its own package manager.</source>
        <translation>这些是 Debian 软件包名：此阶段既不使用 apt 也不使用 apk，请安装其自身包管理器中的对应软件包。</translation>
    </message>
    <message>
        <source>Install the build dependencies of %1 (%2)</source>
        <translation>安装 %1 的构建依赖（%2）</translation>
    </message>
</context>
<context>
    <name>ToolDownloadRule</name>
    <message>
        <source>amd64 tool download</source>
        <translation>amd64 工具下载</translation>
    </message>
    <message>
        <source>A known tool is downloaded as its amd64 build on every architecture.</source>
        <translation>某个已知工具在所有架构上都以 amd64 构建下载。</translation>
    </message>
    <message>
        <source>This downloads the amd64 build of %1 (“%2”), which cannot run on arm64.</source>
        <translation>这会下载 %1 的 amd64 构建（“%2”），它无法在 arm64 上运行。</translation>
    </message>
    <message>
        <source>Download the arm64 build (“%1”) on arm64: derive the name from the target architecture so the same Dockerfile still builds for amd64.</source>
        <translation>在 arm64 上下载 arm64 构建（“%1”）：根据目标架构推导名称，这样同一个 Dockerfile 仍可为 amd64 构建。</translation>
    </message>
    <message>
        <source>The checksum verified on line %1 belongs to the amd64 file: update it for arm64.</source>
        <translation>第 %1 行校验的校验和属于 amd64 文件：请为 arm64 更新它。</translation>
    </message>
    <message>
        <source>Use $(uname -m) (x86_64 or aarch64, as %1 spells them)</source>
        <translation>使用 $(uname -m)（x86_64 或 aarch64，与 %1 的写法一致）</translation>
    </message>
    <message>
        <source>Map TARGETARCH to %1&apos;s spelling in %2</source>
        <translation>在 %2 中将 TARGETARCH 映射为 %1 的写法</translation>
    </message>
    <message>
        <source>Use ${TARGETARCH} in the download (builds for amd64 and arm64)</source>
        <translation>在下载中使用 ${TARGETARCH}（可为 amd64 和 arm64 构建）</translation>
    </message>
    <message>
        <source>Download the arm64 build (%1)</source>
        <translation>下载 arm64 构建（%1）</translation>
    </message>
    <message>
        <source>This downloads a linux/%1 (x86-64) build, which cannot run on arm64.</source>
        <translation>这会下载 linux/%1（x86-64）构建，它无法在 arm64 上运行。</translation>
    </message>
    <message>
        <source>Name the download after the target architecture: ${TARGETARCH} is amd64 or arm64, the spelling most release pages use for their arm64 build.</source>
        <translation>按目标架构命名下载文件：${TARGETARCH} 为 amd64 或 arm64，这是大多数发布页面对其 arm64 构建使用的写法。</translation>
    </message>
    <message>
        <source>The checksum verified here belongs to the amd64 file: update it for arm64.</source>
        <translation>此处校验的校验和属于 amd64 文件：请为 arm64 更新它。</translation>
    </message>
    <message>
        <source>This URL follows %1, which names the arm64 build “%2” where it says “%3”: choose the name from TARGETARCH so the same Dockerfile builds for both.</source>
        <translation>此 URL 遵循 %1 的命名方式，其中写作“%3”的地方，arm64 构建写作“%2”：请根据 TARGETARCH 选择名称，这样同一个 Dockerfile 可为两种架构构建。</translation>
    </message>
    <message>
        <source>Download the vendor&apos;s arm64 build on arm64 (often spelled aarch64 or arm64 where this URL says %1; Armlift does not know this vendor&apos;s spelling, so it offers no fix): check the release page and choose the name from TARGETARCH or $(uname -m) so the same Dockerfile builds for both.</source>
        <translation>在 arm64 上下载厂商的 arm64 构建（此 URL 中写作 %1 的地方通常写作 aarch64 或 arm64；Armlift 不了解该厂商的写法，因此不提供修复）：请查看发布页面，并根据 TARGETARCH 或 $(uname -m) 选择名称，这样同一个 Dockerfile 可为两种架构构建。</translation>
    </message>
    <message>
        <source>Use $(uname -m) (x86_64 or aarch64)</source>
        <translation>使用 $(uname -m)（x86_64 或 aarch64）</translation>
    </message>
    <message>
        <source>Map TARGETARCH to this naming scheme in %1</source>
        <translation>在 %1 中将 TARGETARCH 映射为此命名方案</translation>
    </message>
</context>
<context>
    <name>X86CompilerFlagRule</name>
    <message>
        <source>x86-only compiler flag</source>
        <translation>仅限 x86 的编译器选项</translation>
    </message>
    <message>
        <source>An x86-only compiler flag (-msse4.2, -mavx2, -march=haswell …) makes GCC and Clang for aarch64 fail.</source>
        <translation>仅限 x86 的编译器选项（-msse4.2、-mavx2、-march=haswell …）会让 aarch64 的 GCC 和 Clang 失败。</translation>
    </message>
    <message>
        <source>%1 names an x86 CPU: GCC and Clang for aarch64 reject it</source>
        <translation>%1 指定了 x86 CPU：aarch64 的 GCC 和 Clang 会拒绝它</translation>
    </message>
    <message>
        <source>%1 is an x86-only compiler flag: GCC and Clang for aarch64 reject it</source>
        <translation>%1 是仅限 x86 的编译器选项：aarch64 的 GCC 和 Clang 会拒绝它</translation>
    </message>
    <message>
        <source>x86 -m options do not exist on aarch64, so the compiler stops with &quot;unrecognized command-line option&quot; or &quot;unknown value for -march&quot;. Remove the flag, or set it only when building for x86_64. %1 Source: %2</source>
        <translation>aarch64 上不存在 x86 的 -m 选项，因此编译器会因 &quot;unrecognized command-line option&quot; 或 &quot;unknown value for -march&quot; 而停止。请删除该选项，或仅在为 x86_64 构建时设置它。%1 来源：%2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Use %1 on x86_64 and %2 on arm64</source>
        <translation>在 x86_64 上使用 %1，在 arm64 上使用 %2</translation>
    </message>
</context>
<context>
    <name>X86OnlyArtifactRule</name>
    <message>
        <source>x86-only artefact</source>
        <translation>仅限 x86 的制品</translation>
    </message>
    <message>
        <source>An artefact that has no arm64 build (Google Chrome&apos;s .deb, emsdk&apos;s tools, PhantomJS…) is used.</source>
        <translation>使用了没有 arm64 构建的制品（Google Chrome 的 .deb、emsdk 的工具、PhantomJS…）。</translation>
    </message>
    <message>
        <source>%1 has no arm64 build: %2</source>
        <translation>%1 没有 arm64 构建：%2</translation>
    </message>
    <message>
        <source>Install the distribution package %1 instead</source>
        <translation>改为安装发行版软件包 %1</translation>
    </message>
    <message>
        <source>The browser binary becomes /usr/bin/%1: update commands that call google-chrome.</source>
        <translation>浏览器二进制文件变为 /usr/bin/%1：请更新调用 google-chrome 的命令。</translation>
    </message>
    <message>
        <source>The browser binary becomes /usr/bin/%1, and Google&apos;s apt repository is no longer needed.</source>
        <translation>浏览器二进制文件变为 /usr/bin/%1，不再需要 Google 的 apt 仓库。</translation>
    </message>
    <message>
        <source>Run this stage on the build machine (--platform=$BUILDPLATFORM)</source>
        <translation>在构建机器上运行此阶段（--platform=$BUILDPLATFORM）</translation>
    </message>
    <message>
        <source>The stage then always runs natively on the build machine; this is right because only its architecture-independent output is copied into later stages.</source>
        <translation>此后该阶段总是在构建机器上原生运行；这是正确的，因为只有它与架构无关的输出会被复制到后续阶段。</translation>
    </message>
</context>
<context>
    <name>knowledge</name>
    <message>
        <source>Install Debian&apos;s chromium package instead (binary /usr/bin/chromium); on Ubuntu the chromium package is a snap that does not work in containers, so use a Debian-based image or Playwright&apos;s Chromium.</source>
        <translation>请改为安装 Debian 的 chromium 软件包（二进制文件 /usr/bin/chromium）；在 Ubuntu 上 chromium 软件包是 snap，无法在容器中使用，因此请使用基于 Debian 的镜像或 Playwright 的 Chromium。</translation>
    </message>
    <message>
        <source>Google publishes this .deb for amd64 only, so it does not install on arm64.</source>
        <translation>Google 只为 amd64 发布此 .deb，因此无法安装在 arm64 上。</translation>
    </message>
    <message>
        <source>Install Debian&apos;s chromium package instead (binary /usr/bin/chromium); on Ubuntu the chromium package is a snap that does not work in containers.</source>
        <translation>请改为安装 Debian 的 chromium 软件包（二进制文件 /usr/bin/chromium）；在 Ubuntu 上 chromium 软件包是 snap，无法在容器中使用。</translation>
    </message>
    <message>
        <source>Google&apos;s Chrome apt repository has amd64 packages only, so apt finds no google-chrome package on arm64.</source>
        <translation>Google 的 Chrome apt 仓库只有 amd64 软件包，因此 apt 在 arm64 上找不到 google-chrome 软件包。</translation>
    </message>
    <message>
        <source>Build the WebAssembly output in a stage that runs on the build machine (FROM --platform=$BUILDPLATFORM …) and COPY --from it: the .wasm/.js files do not depend on the CPU; or pin an emsdk release that supports linux-arm64.</source>
        <translation>在构建机器上运行的阶段（FROM --platform=$BUILDPLATFORM …）中构建 WebAssembly 输出，再用 COPY --from 复制：.wasm/.js 文件与 CPU 无关；或固定到支持 linux-arm64 的 emsdk 版本。</translation>
    </message>
    <message>
        <source>emsdk install fetched tools (cipd) that had no linux-arm64 build, so it fails on arm64 (migration talk, other notable cases).</source>
        <translation>emsdk install 获取的工具（cipd）没有 linux-arm64 构建，因此在 arm64 上会失败（迁移讲座，其他值得注意的案例）。</translation>
    </message>
    <message>
        <source>Replace PhantomJS with headless Chromium (Puppeteer or Playwright).</source>
        <translation>用无头 Chromium（Puppeteer 或 Playwright）替换 PhantomJS。</translation>
    </message>
    <message>
        <source>PhantomJS is abandoned and never shipped an arm64 Linux binary.</source>
        <translation>PhantomJS 已停止维护，从未发布过 arm64 Linux 二进制文件。</translation>
    </message>
    <message>
        <source>Use jq 1.7 or later with jq-linux-${TARGETARCH} (after ARG TARGETARCH), or the distribution&apos;s jq package.</source>
        <translation>使用 jq 1.7 或更高版本并配合 jq-linux-${TARGETARCH}（在 ARG TARGETARCH 之后），或使用发行版的 jq 软件包。</translation>
    </message>
    <message>
        <source>jq-linux64 is the amd64 binary; jq 1.6 and older have no arm64 binary.</source>
        <translation>jq-linux64 是 amd64 二进制文件；jq 1.6 及更早版本没有 arm64 二进制文件。</translation>
    </message>
    <message>
        <source>Install wkhtmltox 0.12.6 or later from the distribution package for your base image (e.g. wkhtmltox_0.12.6.1-…_$(dpkg --print-architecture).deb).</source>
        <translation>从适用于您的基础镜像的发行版软件包安装 wkhtmltox 0.12.6 或更高版本（例如 wkhtmltox_0.12.6.1-…_$(dpkg --print-architecture).deb）。</translation>
    </message>
    <message>
        <source>The generic wkhtmltox tarball exists for amd64 only; arm64 packages start with 0.12.6 as distribution packages.</source>
        <translation>通用的 wkhtmltox tarball 只有 amd64 版本；arm64 软件包从 0.12.6 起以发行版软件包形式提供。</translation>
    </message>
    <message>
        <source>32-bit x86 packages cannot run on arm64, and Ubuntu&apos;s ports mirror has no i386 indexes</source>
        <translation>32 位 x86 软件包无法在 arm64 上运行，而且 Ubuntu 的 ports 镜像没有 i386 索引</translation>
    </message>
    <message>
        <source>builds 32-bit x86 code; Debian and Ubuntu have no arm64 package</source>
        <translation>会构建 32 位 x86 代码；Debian 和 Ubuntu 没有 arm64 软件包</translation>
    </message>
    <message>
        <source>CentOS 6 and 7 are end-of-life; Rocky Linux or AlmaLinux 8+ are maintained and multi-arch.</source>
        <translation>CentOS 6 和 7 已停止支持；Rocky Linux 或 AlmaLinux 8+ 仍在维护且支持多架构。</translation>
    </message>
    <message>
        <source>CUDA images have arm64 variants from the 11.0 tags on: move to a 11.x or newer tag of the same flavour (base/runtime/devel).</source>
        <translation>CUDA 镜像从 11.0 标签起有 arm64 变体：请改用同一类型（base/runtime/devel）的 11.x 或更新标签。</translation>
    </message>
    <message>
        <source>There is no drop-in replacement: Azure SQL Edge, once the arm64 substitute, was retired in September 2025. Run this service on amd64 (or emulated), or move to a database with arm64 images.</source>
        <translation>没有可直接替换的方案：曾作为 arm64 替代品的 Azure SQL Edge 已于 2025 年 9 月停用。请在 amd64（或模拟环境）上运行此服务，或迁移到有 arm64 镜像的数据库。</translation>
    </message>
    <message>
        <source>mysql 8.0 is the first version with official arm64 images; it is a major upgrade (check compatibility), mariadb is an alternative.</source>
        <translation>mysql 8.0 是首个提供官方 arm64 镜像的版本；这是一次大版本升级（请检查兼容性），mariadb 是替代方案。</translation>
    </message>
    <message>
        <source>The official elasticsearch image has arm64 from 7.8.0; Elastic never published 6.x for arm64.</source>
        <translation>官方 elasticsearch 镜像从 7.8.0 起支持 arm64；Elastic 从未为 arm64 发布过 6.x。</translation>
    </message>
    <message>
        <source>Elastic never published 6.x for arm64; arm64 images start with 7.8.0.</source>
        <translation>Elastic 从未为 arm64 发布过 6.x；arm64 镜像从 7.8.0 开始。</translation>
    </message>
    <message>
        <source>SonarQube images have arm64 from the 9.9 LTS (February 2023); 8.9 LTS never did.</source>
        <translation>SonarQube 镜像从 9.9 LTS（2023 年 2 月）起支持 arm64；8.9 LTS 从未支持。</translation>
    </message>
    <message>
        <source>Amazon Linux 1 (2018.03) is amd64-only; amazonlinux:2 gained arm64v8 in November 2018.</source>
        <translation>Amazon Linux 1（2018.03）仅支持 amd64；amazonlinux:2 于 2018 年 11 月增加了 arm64v8。</translation>
    </message>
    <message>
        <source>Docker Hub&apos;s google/cloud-sdk is amd64-only; the multi-arch images live at gcr.io/google.com/cloudsdktool/google-cloud-cli (pin a version instead of :stable).</source>
        <translation>Docker Hub 上的 google/cloud-sdk 仅支持 amd64；多架构镜像位于 gcr.io/google.com/cloudsdktool/google-cloud-cli（请固定版本，而不是使用 :stable）。</translation>
    </message>
    <message>
        <source>Oracle XE images are amd64-only; gvenzl/oracle-free (Oracle Database 23ai Free) has arm64 since November 2024. It is a different edition: check compatibility.</source>
        <translation>Oracle XE 镜像仅支持 amd64；gvenzl/oracle-free（Oracle Database 23ai Free）自 2024 年 11 月起支持 arm64。它是不同的版本：请检查兼容性。</translation>
    </message>
    <message>
        <source>Install Debian&apos;s chromium and chromium-driver packages, which are built for arm64, and point Selenium at /usr/bin/chromedriver.</source>
        <translation>请安装 Debian 的 chromium 和 chromium-driver 软件包（它们有 arm64 构建），并让 Selenium 使用 /usr/bin/chromedriver。</translation>
    </message>
    <message>
        <source>ChromeDriver up to version 114 (chromedriver.storage.googleapis.com) was published for x86-64 Linux only: there is no arm64 build of it.</source>
        <translation>114 及之前版本的 ChromeDriver（chromedriver.storage.googleapis.com）只发布了 x86-64 Linux 版本：没有 arm64 构建。</translation>
    </message>
    <message>
        <source>Install Debian&apos;s chromium and chromium-driver packages on arm64, or use version 153 or later, whose linux-arm64 builds are named chrome-linux-arm64.zip / chromedriver-linux-arm64.zip.</source>
        <translation>在 arm64 上请安装 Debian 的 chromium 和 chromium-driver 软件包，或使用 153 及更高版本，其 linux-arm64 构建名为 chrome-linux-arm64.zip / chromedriver-linux-arm64.zip。</translation>
    </message>
    <message>
        <source>Chrome for Testing published Linux builds for x86-64 only (linux64) before version 153: this version has no arm64 Linux build.</source>
        <translation>Chrome for Testing 在 153 版本之前只发布了 x86-64（linux64）的 Linux 构建：此版本没有 arm64 Linux 构建。</translation>
    </message>
    <message>
        <source>32-bit x86 (multilib) library: Debian and Ubuntu build it for x86-64 only, so apt finds no arm64 package</source>
        <translation>32 位 x86（multilib）库：Debian 和 Ubuntu 只为 x86-64 构建它，因此 apt 找不到 arm64 软件包</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Armlift finds what breaks when container builds move from x86_64 to arm64, and fixes it.</source>
        <translation>Armlift 查找容器构建从 x86_64 迁移到 arm64 时会出问题的地方，并加以修复。</translation>
    </message>
    <message>
        <source>Render the main window (1280x800) after the scan, write it as PNG to &lt;file&gt; and exit.</source>
        <translation>扫描后渲染主窗口（1280x800），以 PNG 格式写入 &lt;file&gt; 并退出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Open &lt;file&gt; (relative to PATH) in the editor.</source>
        <translation>在编辑器中打开 &lt;file&gt;（相对于 PATH）。</translation>
    </message>
    <message>
        <source>Use the dark or light palette for the whole application.</source>
        <translation>为整个应用使用深色或浅色调色板。</translation>
    </message>
    <message>
        <source>Folder (or Dockerfile) to open.</source>
        <translation>要打开的文件夹（或 Dockerfile）。</translation>
    </message>
    <message>
        <source>armlift: --theme must be dark or light, not %1
</source>
        <translation>armlift：--theme 必须是 dark 或 light，而不是 %1
</translation>
    </message>
    <message>
        <source>armlift: give one folder to open, not %1
</source>
        <translation>armlift：请只指定一个要打开的文件夹，而不是 %1 个
</translation>
    </message>
    <message>
        <source>Open your copy of the bundled workshop (made in the user&apos;s data folder on first use).</source>
        <translation>打开内置工作坊的副本（首次使用时在用户数据文件夹中创建）。</translation>
    </message>
    <message>
        <source>armlift: --workshop opens the workshop; give no PATH
</source>
        <translation>armlift：--workshop 会打开工作坊；请勿指定 PATH
</translation>
    </message>
</context>
</TS>
