<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Amd64PackageRule</name>
    <message>
        <source>amd64 distribution package</source>
        <translation>amd64 のディストリビューションパッケージ</translation>
    </message>
    <message>
        <source>An amd64 .deb/.rpm, the i386 architecture or an x86-only package is installed on every architecture.</source>
        <translation>amd64 の .deb/.rpm、i386 アーキテクチャ、または x86 専用パッケージがすべてのアーキテクチャでインストールされています。</translation>
    </message>
    <message>
        <source>%1 is an amd64 package: it does not install on arm64.</source>
        <translation>%1 は amd64 パッケージです: arm64 にはインストールできません。</translation>
    </message>
    <message>
        <source>Name the package after the architecture being built, and check that the vendor publishes an arm64 package (%1).</source>
        <translation>パッケージ名をビルド対象のアーキテクチャに合わせ、ベンダーが arm64 パッケージを公開しているか確認してください (%1)。</translation>
    </message>
    <message>
        <source>Use %1 in the package name</source>
        <translation>パッケージ名に %1 を使う</translation>
    </message>
    <message>
        <source>Use the arm64 package (%1)</source>
        <translation>arm64 パッケージを使う (%1)</translation>
    </message>
    <message>
        <source>The %1 architecture is x86: its packages cannot run on arm64, and Ubuntu&apos;s ports mirror has no %1 indexes.</source>
        <translation>%1 アーキテクチャは x86 です: そのパッケージは arm64 では動作せず、Ubuntu の ports ミラーには %1 のインデックスがありません。</translation>
    </message>
    <message>
        <source>Remove `dpkg --add-architecture %1` and the :%1 packages, or keep this stage on amd64 if it really needs 32-bit x86 binaries.</source>
        <translation>`dpkg --add-architecture %1` と :%1 パッケージを削除するか、本当に 32 ビット x86 バイナリが必要ならこのステージを amd64 のままにしてください。</translation>
    </message>
    <message>
        <source>Remove `dpkg --add-architecture %1`</source>
        <translation>`dpkg --add-architecture %1` を削除</translation>
    </message>
    <message>
        <source>%1 builds 32-bit x86 code and has no arm64 package: apt-get install fails on arm64.</source>
        <translation>%1 は 32 ビット x86 コードをビルドし、arm64 パッケージがありません: arm64 では apt-get install が失敗します。</translation>
    </message>
    <message>
        <source>Remove %1; code that needs -m32 must be built for the native architecture instead.</source>
        <translation>%1 を削除してください。-m32 が必要なコードは代わりにネイティブアーキテクチャ向けにビルドする必要があります。</translation>
    </message>
    <message>
        <source>Remove %1 from the install list</source>
        <translation>インストール一覧から %1 を削除</translation>
    </message>
    <message>
        <source>Install the vendor&apos;s arm64 package on arm64: where this name says %1, vendors write arm64 or aarch64, so choose the name from $(uname -m) or TARGETARCH after checking the release page.</source>
        <translation>arm64 ではベンダーの arm64 パッケージをインストールしてください: この名前の %1 の部分は、ベンダーによって arm64 または aarch64 と書かれるため、リリースページを確認したうえで $(uname -m) または TARGETARCH から名前を選んでください。</translation>
    </message>
</context>
<context>
    <name>ApacheTvmRule</name>
    <message>
        <source>apache-tvm without an aarch64 wheel</source>
        <translation>aarch64 wheel のない apache-tvm</translation>
    </message>
    <message>
        <source>apache-tvm below 0.11.1 has no aarch64 wheel: pip finds no distribution on arm64.</source>
        <translation>0.11.1 未満の apache-tvm には aarch64 wheel がありません: arm64 では pip がディストリビューションを見つけられません。</translation>
    </message>
    <message>
        <source>%1 has no aarch64 wheel: pip fails with &quot;No matching distribution found&quot; on arm64 (first release with one: %2)</source>
        <translation>%1 には aarch64 wheel がありません: arm64 では pip が &quot;No matching distribution found&quot; で失敗します (wheel のある最初のリリース: %2)</translation>
    </message>
    <message>
        <source>To keep %1: %2</source>
        <translation>%1 を維持するには: %2</translation>
    </message>
</context>
<context>
    <name>Armlift</name>
    <message>
        <source>offline, and %1 is not in the cache</source>
        <translation>オフラインで、%1 はキャッシュにありません</translation>
    </message>
    <message>
        <source>%1 sent malformed JSON (%2)</source>
        <translation>%1 が不正な JSON を送信しました (%2)</translation>
    </message>
    <message>
        <source>%1 was not found</source>
        <translation>%1 が見つかりません</translation>
    </message>
    <message>
        <source>%1 limits the request rate (HTTP 429)</source>
        <translation>%1 がリクエスト数を制限しています (HTTP 429)</translation>
    </message>
    <message>
        <source>(Answer from the cache, %1 old.)</source>
        <translation>(キャッシュからの回答、%1 前。)</translation>
    </message>
    <message>
        <source>%1:%2: cannot check the base image %3: %4</source>
        <translation>%1:%2: ベースイメージ %3 を確認できません: %4</translation>
    </message>
    <message>
        <source>%1 has no linux/arm64 variant: the registry lists only %2, so pulling it on arm64 fails with “no matching manifest for linux/arm64/v8”.</source>
        <translation>%1 には linux/arm64 バリアントがありません: レジストリには %2 しかないため、arm64 での pull は「no matching manifest for linux/arm64/v8」で失敗します。</translation>
    </message>
    <message>
        <source>Use a tag or an image that is published for linux/arm64, or build this stage for amd64 on purpose with --platform=linux/amd64.</source>
        <translation>linux/arm64 向けに公開されているタグまたはイメージを使うか、--platform=linux/amd64 で意図的にこのステージを amd64 向けにビルドしてください。</translation>
    </message>
    <message>
        <source>Use %1 (has linux/arm64)</source>
        <translation>%1 を使う (linux/arm64 あり)</translation>
    </message>
    <message>
        <source>A newer tag: check the release notes before switching.</source>
        <translation>新しいタグです: 切り替える前にリリースノートを確認してください。</translation>
    </message>
    <message>
        <source>%1:%2: cannot check %3 on PyPI: %4</source>
        <translation>%1:%2: PyPI で %3 を確認できません: %4</translation>
    </message>
    <message>
        <source>any CPython version</source>
        <translation>任意の CPython バージョン</translation>
    </message>
    <message>
        <source>CPython %1 (guessed from %2)</source>
        <translation>CPython %1 (%2 から推定)</translation>
    </message>
    <message>
        <source>CPython %1 (from %2)</source>
        <translation>CPython %1 (%2 から)</translation>
    </message>
    <message>
        <source>%1 has no aarch64 wheel on PyPI for %2: pip builds it from source on arm64</source>
        <translation>%1 には PyPI に %2 向けの aarch64 wheel がありません: arm64 では pip がソースからビルドします</translation>
    </message>
    <message>
        <source>PyPI lists no manylinux/musllinux aarch64 wheel of %1 %2 for that interpreter, so pip downloads the source distribution and needs a compiler and headers on arm64.</source>
        <translation>PyPI にはそのインタープリター向けの %1 %2 の manylinux/musllinux aarch64 wheel がないため、pip はソース配布物をダウンロードし、arm64 ではコンパイラとヘッダーが必要になります。</translation>
    </message>
    <message>
        <source>%1 is the first release from the pin on with a suitable wheel (aarch64 wheels for CPython %2).</source>
        <translation>%1 は固定バージョン以降で適切な wheel のある最初のリリースです (CPython %2 向けの aarch64 wheel)。</translation>
    </message>
    <message>
        <source>No release from %1 on has one.</source>
        <translation>%1 以降のどのリリースにもありません。</translation>
    </message>
    <message>
        <source>Pin %1 %2 (first release with an aarch64 wheel for %3)</source>
        <translation>%1 を %2 に固定 (%3 向け aarch64 wheel のある最初のリリース)</translation>
    </message>
    <message>
        <source>%1:%2: cannot read Go checksums from go.dev: %3</source>
        <translation>%1:%2: go.dev から Go のチェックサムを読み取れません: %3</translation>
    </message>
    <message>
        <source>Go %1 is the latest patch release of Go %2 (go.dev); consider it too.</source>
        <translation>Go %1 は Go %2 の最新パッチリリースです (go.dev)。こちらも検討してください。</translation>
    </message>
    <message>
        <source>%1:%2: expected `key = value`</source>
        <translation>%1:%2: `key = value` が必要です</translation>
    </message>
    <message>
        <source>%1:%2: cannot read the value of `%3`</source>
        <translation>%1:%2: `%3` の値を読み取れません</translation>
    </message>
    <message>
        <source>A fix edits a file outside the project; nothing was changed.</source>
        <translation>修正がプロジェクト外のファイルを編集します。何も変更しませんでした。</translation>
    </message>
    <message>
        <source>%1 has aarch64 wheels on PyPI only for glibc %2 or later, but %3 has glibc %4: pip builds it from source on arm64</source>
        <translation>%1 の PyPI 上の aarch64 wheel は glibc %2 以降専用ですが、%3 の glibc は %4 です: pip は arm64 でソースからビルドします</translation>
    </message>
    <message>
        <source>The aarch64 wheels of %1 %2 are manylinux wheels that need glibc %3; pip skips them on an image with an older glibc and downloads the source distribution. Pin an older release, or use a base image with glibc %3 or later.</source>
        <translation>%1 %2 の aarch64 wheel は glibc %3 を必要とする manylinux wheel です。glibc が古いイメージでは pip はそれらを飛ばしてソース配布物をダウンロードします。古いリリースに固定するか、glibc %3 以降のベースイメージを使ってください。</translation>
    </message>
</context>
<context>
    <name>Armlift::BuildLogDoctor</name>
    <message>
        <source>(build log line %1: %2)</source>
        <translation>(ビルドログ %1 行目: %2)</translation>
    </message>
    <message>
        <source>In this Dockerfile: %1</source>
        <translation>この Dockerfile 内: %1</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>そのプログラム</translation>
    </message>
    <message>
        <source>exec format error in a FROM scratch stage: scratch has no platform of its own; %1 is copied from stage %2, which builds it for x86-64 (amd64).</source>
        <translation>FROM scratch ステージでの exec format error: scratch 自体にはプラットフォームがありません。%1 はステージ %2 からコピーされており、そこで x86-64 (amd64) 用にビルドされています。</translation>
    </message>
    <message>
        <source>exec format error in a FROM scratch stage: scratch has no platform of its own; %1 is copied in from %2, an x86-64 (amd64) build.</source>
        <translation>FROM scratch ステージでの exec format error: scratch 自体にはプラットフォームがありません。%1 は %2 からコピーされた x86-64 (amd64) 用のビルドです。</translation>
    </message>
    <message>
        <source>A scratch image holds only the files copied into it, so the base image is not the problem. Build %1 for the target architecture (GOARCH=$TARGETARCH with ARG TARGETARCH, the arm64 download), or copy the arm64 build.</source>
        <translation>scratch イメージにはコピーしたファイルしか入っていないため、ベースイメージは原因ではありません。%1 をターゲットアーキテクチャ向けにビルドする (ARG TARGETARCH と GOARCH=$TARGETARCH、arm64 版のダウンロード) か、arm64 のビルドをコピーしてください。</translation>
    </message>
</context>
<context>
    <name>Armlift::BuildLogPane</name>
    <message>
        <source>Build Log</source>
        <translation>ビルドログ</translation>
    </message>
    <message>
        <source>Paste the output of a failed docker build, buildx, buildah or podman build here, or drop a log file.</source>
        <translation>失敗した docker build、buildx、buildah、podman build の出力をここに貼り付けるか、ログファイルをドロップしてください。</translation>
    </message>
    <message>
        <source>Build log</source>
        <translation>ビルドログ</translation>
    </message>
    <message>
        <source>Open Log…</source>
        <translation>ログを開く…</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>修正を適用</translation>
    </message>
    <message>
        <source>Apply the first quick fix of the selected cause to the Dockerfile</source>
        <translation>選択した原因の最初のクイック修正を Dockerfile に適用します</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Causes of the failed build</source>
        <translation>失敗したビルドの原因</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that the file exists and is readable.</source>
        <translation>%1 を読み取れません: %2。ファイルが存在し読み取り可能か確認してください。</translation>
    </message>
    <message>
        <source>Open Build Log</source>
        <translation>ビルドログを開く</translation>
    </message>
    <message>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>ログ (*.log *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>pasted log</source>
        <translation>貼り付けたログ</translation>
    </message>
    <message>
        <source>Open %1 at line %2</source>
        <translation>%1 を %2 行目で開く</translation>
    </message>
    <message>
        <source>Line %1 of the build log; open the project that was built to see the Dockerfile line</source>
        <translation>ビルドログの %1 行目。Dockerfile の行を見るには、ビルドしたプロジェクトを開いてください</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修正: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s) found. Activate a location to open the Dockerfile line.</source>
        <translation>
            <numerusform>%n 件の原因が見つかりました。場所をアクティブにすると Dockerfile の該当行を開きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste or drop a build log first.</source>
        <translation>まずビルドログを貼り付けるかドロップしてください。</translation>
    </message>
    <message>
        <source>No known arm64 failure in this log. Its last error lines:%1</source>
        <translation>このログには既知の arm64 の失敗がありません。最後のエラー行:%1</translation>
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
        <translation>シグネチャ %1: パターン &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>signature %1: hint: %2</source>
        <translation>シグネチャ %1: ヒント: %2</translation>
    </message>
    <message>
        <source>signature &apos;%1&apos; is incomplete (needs id, patterns, a rule and a message)</source>
        <translation>シグネチャ &apos;%1&apos; は不完全です (id、patterns、ルール、メッセージが必要です)</translation>
    </message>
</context>
<context>
    <name>Armlift::BuildPlannerPanel</name>
    <message>
        <source>docker buildx (script)</source>
        <translation>docker buildx (スクリプト)</translation>
    </message>
    <message>
        <source>buildah manifest (script, as in the talk)</source>
        <translation>buildah manifest (スクリプト、トークと同じ)</translation>
    </message>
    <message>
        <source>podman manifest (script)</source>
        <translation>podman manifest (スクリプト)</translation>
    </message>
    <message>
        <source>GitHub Actions workflow</source>
        <translation>GitHub Actions ワークフロー</translation>
    </message>
    <message>
        <source>GitLab CI job</source>
        <translation>GitLab CI ジョブ</translation>
    </message>
    <message>
        <source>registry.example.com (placeholder)</source>
        <translation>registry.example.com (プレースホルダー)</translation>
    </message>
    <message>
        <source>from the folder name</source>
        <translation>フォルダー名から</translation>
    </message>
    <message>
        <source>&amp;Recipe:</source>
        <translation>レシピ(&amp;R):</translation>
    </message>
    <message>
        <source>Re&amp;gistry:</source>
        <translation>レジストリ(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>イメージ(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Push to the registry</source>
        <translation>レジストリに push(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Run build</source>
        <translation>ビルドを実行(&amp;R)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>キャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>Step %1 of %2…</source>
        <translation>ステップ %1 / %2…</translation>
    </message>
    <message>
        <source>Build finished.</source>
        <translation>ビルドが完了しました。</translation>
    </message>
    <message>
        <source>Build cancelled.</source>
        <translation>ビルドを取り消しました。</translation>
    </message>
    <message>
        <source>Build failed: see the log.</source>
        <translation>ビルドに失敗しました: ログを参照してください。</translation>
    </message>
    <message>
        <source>Open a folder to plan its multi-arch build.</source>
        <translation>マルチアーキテクチャビルドを計画するにはフォルダーを開いてください。</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>プレースホルダー: %1</translation>
    </message>
    <message>
        <source>A CI file runs in CI: commit it to the repository.</source>
        <translation>CI ファイルは CI で実行されます: リポジトリにコミットしてください。</translation>
    </message>
    <message>
        <source>%1 is not installed.</source>
        <translation>%1 はインストールされていません。</translation>
    </message>
    <message>
        <source>Runs the commands above in the project folder.</source>
        <translation>上のコマンドをプロジェクトフォルダーで実行します。</translation>
    </message>
    <message>
        <source>Recipe copied to the clipboard.</source>
        <translation>レシピをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>%1 のフォルダーを作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Save Recipe</source>
        <translation>レシピを保存</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>ビルド中…</translation>
    </message>
    <message>
        <source>Native arm64 runners instead of QEMU</source>
        <translation>QEMU の代わりにネイティブ arm64 ランナー</translation>
    </message>
    <message>
        <source>GitHub Actions: ubuntu-24.04-arm; GitLab.com: saas-linux-small-arm64.</source>
        <translation>GitHub Actions: ubuntu-24.04-arm、GitLab.com: saas-linux-small-arm64。</translation>
    </message>
</context>
<context>
    <name>Armlift::BuildRecipe</name>
    <message>
        <source>%1 (the registry: --registry HOST)</source>
        <translation>%1 (レジストリ: --registry HOST)</translation>
    </message>
    <message>
        <source>%1 (the image name, from the folder name: --image NAME)</source>
        <translation>%1 (イメージ名、フォルダー名から: --image NAME)</translation>
    </message>
    <message>
        <source>%1 (the tag: --tag TAG)</source>
        <translation>%1 (タグ: --tag TAG)</translation>
    </message>
    <message>
        <source>No Dockerfile or Containerfile found in %1.</source>
        <translation>%1 に Dockerfile も Containerfile も見つかりません。</translation>
    </message>
    <message>
        <source>Generated by Armlift for %1 (%2).</source>
        <translation>%1 (%2) 向けに Armlift が生成しました。</translation>
    </message>
    <message>
        <source>Placeholders to replace:
  %1</source>
        <translation>置き換えるプレースホルダー:
  %1</translation>
    </message>
    <message>
        <source>A docker-container builder: the default docker driver cannot push a multi-platform image. Created once, reused later.</source>
        <translation>docker-container ビルダー: 既定の docker ドライバーはマルチプラットフォームイメージを push できません。一度作成すれば再利用されます。</translation>
    </message>
    <message>
        <source>QEMU for RUN steps of the other architecture (Docker Desktop has it). Stages on $BUILDPLATFORM that cross-compile do not need it, and they are much faster.</source>
        <translation>もう一方のアーキテクチャの RUN ステップ用の QEMU (Docker Desktop には含まれます)。クロスコンパイルする $BUILDPLATFORM 上のステージには不要で、はるかに高速です。</translation>
    </message>
    <message>
        <source>%1: build every platform and push one multi-arch tag.</source>
        <translation>%1: すべてのプラットフォームをビルドし、1 つのマルチアーキテクチャタグを push します。</translation>
    </message>
    <message>
        <source>Builds and pushes a multi-arch image with docker buildx.</source>
        <translation>docker buildx でマルチアーキテクチャイメージをビルドして push します。</translation>
    </message>
    <message>
        <source>%1: start from an empty manifest list.</source>
        <translation>%1: 空のマニフェストリストから開始します。</translation>
    </message>
    <message>
        <source>Create a multi-architecture manifest.</source>
        <translation>マルチアーキテクチャマニフェストを作成します。</translation>
    </message>
    <message>
        <source>Build the %1 image into the manifest.</source>
        <translation>%1 イメージをマニフェストにビルドします。</translation>
    </message>
    <message>
        <source>Build every platform into the manifest.</source>
        <translation>すべてのプラットフォームをマニフェストにビルドします。</translation>
    </message>
    <message>
        <source>Push the full manifest, with every architecture.</source>
        <translation>すべてのアーキテクチャを含む完全なマニフェストを push します。</translation>
    </message>
    <message>
        <source>Builds and pushes a multi-arch image with buildah, the recipe of the migration talk (buildah manifest create, buildah bud --arch, buildah manifest push --all). RUN steps of the other architecture need qemu-user-static.</source>
        <translation>buildah でマルチアーキテクチャイメージをビルドして push します。移行トークのレシピです (buildah manifest create、buildah bud --arch、buildah manifest push --all)。他のアーキテクチャの RUN ステップには qemu-user-static が必要です。</translation>
    </message>
    <message>
        <source>Builds and pushes a multi-arch image with podman (podman build --platform --manifest, podman manifest push --all). RUN steps of the other architecture need qemu-user-static.</source>
        <translation>podman でマルチアーキテクチャイメージをビルドして push します (podman build --platform --manifest、podman manifest push --all)。他のアーキテクチャの RUN ステップには qemu-user-static が必要です。</translation>
    </message>
    <message>
        <source>Multi-arch image (%1) for %2, generated by Armlift.
Each platform builds natively: ubuntu-24.04 for amd64, ubuntu-24.04-arm (GitHub&apos;s arm64 runners) for arm64, so nothing is emulated; a last job joins the per-platform digests into one multi-arch tag.</source>
        <translation>%2 向けのマルチアーキテクチャイメージ (%1)、Armlift が生成。
各プラットフォームはネイティブにビルドします: amd64 は ubuntu-24.04、arm64 は ubuntu-24.04-arm (GitHub の arm64 ランナー) なので、エミュレーションはありません。最後のジョブがプラットフォームごとのダイジェストを 1 つのマルチアーキテクチャタグにまとめます。</translation>
    </message>
    <message>
        <source>Multi-arch image (%1) for %2, generated by Armlift.
One job builds every platform on ubuntu-24.04; QEMU emulates the other architecture (slow for compile steps: prefer native arm64 runners where your plan has them).</source>
        <translation>%2 向けのマルチアーキテクチャイメージ (%1)、Armlift が生成。
1 つのジョブが ubuntu-24.04 上ですべてのプラットフォームをビルドし、もう一方のアーキテクチャは QEMU がエミュレートします (コンパイル手順は遅いので、プランで使えるならネイティブ arm64 ランナーを推奨します)。</translation>
    </message>
    <message>
        <source>Needs the repository secrets REGISTRY_USERNAME and REGISTRY_PASSWORD.</source>
        <translation>リポジトリのシークレット REGISTRY_USERNAME と REGISTRY_PASSWORD が必要です。</translation>
    </message>
    <message>
        <source>Needs the CI/CD variables REGISTRY_USER and REGISTRY_PASSWORD (for GitLab&apos;s own registry: --registry with $CI_REGISTRY_IMAGE and the CI_REGISTRY_* variables).</source>
        <translation>CI/CD 変数 REGISTRY_USER と REGISTRY_PASSWORD が必要です (GitLab 自身のレジストリの場合: $CI_REGISTRY_IMAGE を指定した --registry と CI_REGISTRY_* 変数)。</translation>
    </message>
    <message>
        <source>Multi-arch image (%1) for %2, generated by Armlift.
Each platform builds natively on GitLab.com&apos;s hosted runners (saas-linux-small-amd64, saas-linux-small-arm64), so nothing is emulated; a last job joins the per-platform tags into one multi-arch tag. On a self-managed GitLab, use your own runners&apos; tags.</source>
        <translation>%2 向けのマルチアーキテクチャイメージ (%1)、Armlift が生成。
各プラットフォームは GitLab.com のホステッドランナー (saas-linux-small-amd64、saas-linux-small-arm64) でネイティブにビルドするので、エミュレーションはありません。最後のジョブがプラットフォームごとのタグを 1 つのマルチアーキテクチャタグにまとめます。セルフマネージドの GitLab では、自分のランナーのタグを使ってください。</translation>
    </message>
    <message>
        <source>Multi-arch image (%1) for %2, generated by Armlift.
Runs on any runner that allows docker-in-docker; QEMU (tonistiigi/binfmt) emulates the other architecture (slow for compile steps: prefer native arm64 runners where you have them).</source>
        <translation>%2 向けのマルチアーキテクチャイメージ (%1)、Armlift が生成。
docker-in-docker が使えるランナーならどこでも動作し、もう一方のアーキテクチャは QEMU (tonistiigi/binfmt) がエミュレートします (コンパイル手順は遅いので、使えるならネイティブ arm64 ランナーを推奨します)。</translation>
    </message>
</context>
<context>
    <name>Armlift::BuildRunner</name>
    <message>
        <source>This recipe is a CI file: there is nothing to run here.
</source>
        <translation>このレシピは CI ファイルです: ここで実行するものはありません。
</translation>
    </message>
    <message>
        <source>%1 is not installed.
</source>
        <translation>%1 はインストールされていません。
</translation>
    </message>
    <message>
        <source>Cancelling the build.
</source>
        <translation>ビルドを取り消しています。
</translation>
    </message>
    <message>
        <source>Could not start %1: %2
</source>
        <translation>%1 を起動できませんでした: %2
</translation>
    </message>
    <message>
        <source>The command crashed.
</source>
        <translation>コマンドがクラッシュしました。
</translation>
    </message>
    <message>
        <source>The command failed with exit code %1.
</source>
        <translation>コマンドが終了コード %1 で失敗しました。
</translation>
    </message>
    <message>
        <source>Build finished.
</source>
        <translation>ビルドが完了しました。
</translation>
    </message>
    <message>
        <source>Build cancelled.
</source>
        <translation>ビルドを取り消しました。
</translation>
    </message>
</context>
<context>
    <name>Armlift::CloneDialog</name>
    <message>
        <source>&amp;Shallow clone (latest commit only)</source>
        <translation>シャロークローン (最新のコミットのみ)(&amp;S)</translation>
    </message>
    <message>
        <source>Clone Repository</source>
        <translation>リポジトリをクローン</translation>
    </message>
    <message>
        <source>https://github.com/org/repo.git, git@host:org/repo.git, or a path</source>
        <translation>https://github.com/org/repo.git、git@host:org/repo.git、またはパス</translation>
    </message>
    <message>
        <source>default branch</source>
        <translation>既定のブランチ</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Clone Into</source>
        <translation>クローン先</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>保存先(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>ブランチ(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>クローン(&amp;C)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>取り消し中…</translation>
    </message>
    <message>
        <source>Cloned into %1.</source>
        <translation>%1 にクローンしました。</translation>
    </message>
    <message>
        <source>The clone was cancelled; nothing was left behind.</source>
        <translation>クローンを取り消しました。何も残っていません。</translation>
    </message>
    <message>
        <source>Could not clone: %1</source>
        <translation>クローンできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Armlift::CommitDialog</name>
    <message>
        <source>modified</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>名前変更</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>種類の変更</translation>
    </message>
    <message>
        <source>Commit Fixes</source>
        <translation>修正をコミット</translation>
    </message>
    <message>
        <source>Name &lt;email&gt;</source>
        <translation>名前 &lt;メール&gt;</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>ブランチ(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作成者(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>メッセージ(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>コミット(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Armlift::CredentialDialog</name>
    <message>
        <source>Use the key in ssh-agent</source>
        <translation>ssh-agent の鍵を使う</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>システムのキーチェーンに記憶する</translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <translation>%1 にサインイン</translation>
    </message>
    <message>
        <source>%1 asks for an SSH key.</source>
        <translation>%1 は SSH 鍵を要求しています。</translation>
    </message>
    <message>
        <source>%1 asks for a user name and a password or access token.</source>
        <translation>%1 はユーザー名とパスワードまたはアクセストークンを要求しています。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>SSH Private Key</source>
        <translation>SSH 秘密鍵</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>鍵ファイル(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>パスワードまたはトークン(&amp;P):</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>サインイン</translation>
    </message>
</context>
<context>
    <name>Armlift::CredentialsSettingsPage</name>
    <message>
        <source>&amp;Forget</source>
        <translation>記憶を消去(&amp;F)</translation>
    </message>
    <message>
        <source>No saved credentials.</source>
        <translation>保存された認証情報はありません。</translation>
    </message>
    <message>
        <source>Credentials that worked and were remembered. The secrets are kept in the system keychain only.</source>
        <translation>動作が確認され記憶された認証情報です。秘密情報はシステムのキーチェーンにのみ保存されます。</translation>
    </message>
    <message>
        <source>Could not remove it from the keychain: %1</source>
        <translation>キーチェーンから削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Armlift::DetailsPane</name>
    <message>
        <source>Problem details</source>
        <translation>問題の詳細</translation>
    </message>
    <message>
        <source>Select a problem to see why it breaks on arm64 and how to fix it.</source>
        <translation>問題を選択すると、arm64 で壊れる理由と修正方法が表示されます。</translation>
    </message>
    <message>
        <source>%1 in `%2`, line %3. Source: %4.</source>
        <translation>%1 (`%2` の %3 行目)。出典: %4。</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修正: %1</translation>
    </message>
</context>
<context>
    <name>Armlift::DiffView</name>
    <message>
        <source>Unified diff</source>
        <translation>unified diff</translation>
    </message>
    <message>
        <source>Before the change</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After the change</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>並べて表示</translation>
    </message>
    <message>
        <source>Show the text before and after the change next to each other</source>
        <translation>変更前と変更後のテキストを並べて表示します</translation>
    </message>
    <message>
        <source>Side by side diff</source>
        <translation>並べて表示した diff</translation>
    </message>
    <message>
        <source>⋯ 1 unchanged line</source>
        <translation>⋯ 変更のない 1 行</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines</source>
        <translation>⋯ 変更のない %1 行</translation>
    </message>
</context>
<context>
    <name>Armlift::DiskChangeBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>自分のテキストを保持(&amp;K)</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>ディスク上のファイルが変更されました</translation>
    </message>
    <message>
        <source>Load the file from disk; Edit &gt; Undo brings your text back</source>
        <translation>ディスクからファイルを読み込みます。編集 &gt; 元に戻す で自分のテキストに戻せます</translation>
    </message>
    <message>
        <source>Keep the text in the editor; saving it replaces the file on disk</source>
        <translation>エディターのテキストを保持します。保存するとディスク上のファイルが置き換えられます</translation>
    </message>
    <message>
        <source>%1 changed on disk. Reload it, or keep your unsaved text?</source>
        <translation>ディスク上の %1 が変更されました。再読み込みしますか、それとも未保存のテキストを保持しますか?</translation>
    </message>
    <message>
        <source>%1 was deleted on disk. Your text is kept; save it to write the file again.</source>
        <translation>ディスク上の %1 が削除されました。テキストは保持されています。保存するとファイルが再び書き込まれます。</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>閉じる(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Armlift::DockerfileEditor</name>
    <message>
        <source>Editor</source>
        <translation>エディター</translation>
    </message>
    <message>
        <source>Quick Fix</source>
        <translation>クイック修正</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Your changes are still in the editor; save again once the folder is writable.</source>
        <translation>%1 を保存できませんでした: %2。変更はエディターに残っています。フォルダーが書き込み可能になったら再度保存してください。</translation>
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
        <translation>無効な escape ディレクティブ &apos;%1&apos;: \ または ` を使ってください</translation>
    </message>
    <message>
        <source>line continuation at the end of the file</source>
        <translation>ファイルの終わりに行継続があります</translation>
    </message>
    <message>
        <source>heredoc &apos;%1&apos; is not terminated before the end of the file</source>
        <translation>ヒアドキュメント &apos;%1&apos; がファイルの終わりまでに閉じられていません</translation>
    </message>
</context>
<context>
    <name>Armlift::EditorGutter</name>
    <message>
        <source>Line numbers and markers</source>
        <translation>行番号とマーカー</translation>
    </message>
</context>
<context>
    <name>Armlift::EditorTabs</name>
    <message>
        <source>Open files</source>
        <translation>開いているファイル</translation>
    </message>
    <message>
        <source>%1 ●</source>
        <translation>%1 ●</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>These files have unsaved changes:
%1

Save them before closing?</source>
        <translation>次のファイルに未保存の変更があります:
%1

閉じる前に保存しますか?</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (削除済み)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (新規)</translation>
    </message>
</context>
<context>
    <name>Armlift::EmulationEstimate</name>
    <message>
        <source>Estimate for this Dockerfile built for arm64 on x86-64: %1 of %2 RUN steps run emulated, %3 of them compiling from source; about %4% of the build work is emulated, so it takes roughly %5x the time of a native build (the talk&apos;s ratio: 22m27s emulated, 3m01s native).</source>
        <translation>x86-64 上で arm64 向けにビルドした場合のこの Dockerfile の見積もり: %2 個の RUN ステップのうち %1 個がエミュレーションで実行され、そのうち %3 個がソースからコンパイルします。ビルド作業の約 %4% がエミュレーションのため、ネイティブビルドのおよそ %5 倍の時間がかかります (トークでの比率: エミュレーション 22m27s、ネイティブ 3m01s)。</translation>
    </message>
</context>
<context>
    <name>Armlift::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>大文字と小文字を区別(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>置換(&amp;R)</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>すべて置換(&amp;A)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>置換後の文字列</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>前へ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Wrapped around; line %1</source>
        <translation>折り返して検索しました: %1 行目</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>%n 件置換しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Armlift::FixAllDialog</name>
    <message>
        <source>1 file</source>
        <translation>1 ファイル</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 ファイル</translation>
    </message>
    <message>
        <source>1 edit</source>
        <translation>1 か所の編集</translation>
    </message>
    <message>
        <source>%1 edits</source>
        <translation>%1 か所の編集</translation>
    </message>
    <message>
        <source>%1 in %2. Untick a file to leave it as it is. Open files change in their editor (Edit &gt; Undo reverts each); files that are not open are opened with the change unsaved, or saved at once when there are many of them.</source>
        <translation>%2 で %1。変更しないファイルはチェックを外してください。開いているファイルはエディター内で変更されます (編集 &gt; 元に戻す でそれぞれ取り消せます)。開いていないファイルは変更を未保存のまま開き、数が多い場合はすぐに保存します。</translation>
    </message>
    <message>
        <source>1 problem is left for you to fix by hand.</source>
        <translation>問題 1 件は手動で修正する必要があります。</translation>
    </message>
    <message>
        <source>%1 problems are left for you to fix by hand.</source>
        <translation>問題 %1 件は手動で修正する必要があります。</translation>
    </message>
    <message>
        <source>Some fixes kept changing the text; they were stopped after %1 rounds.</source>
        <translation>一部の修正がテキストを変更し続けたため、%1 回で停止しました。</translation>
    </message>
    <message>
        <source>Fix-all summary</source>
        <translation>一括修正の概要</translation>
    </message>
    <message>
        <source>To complete by hand:
%1</source>
        <translation>手動で仕上げる作業:
%1</translation>
    </message>
    <message>
        <source>Fix notes</source>
        <translation>修正の注記</translation>
    </message>
    <message>
        <source>Files to change</source>
        <translation>変更するファイル</translation>
    </message>
</context>
<context>
    <name>Armlift::FixPlan</name>
    <message>
        <source>The fix &quot;%1&quot; has overlapping edits in %2 (line %3); nothing was changed.</source>
        <translation>修正「%1」には %2 (%3 行目) で重なる編集があります。何も変更しませんでした。</translation>
    </message>
    <message>
        <source>The fix &quot;%1&quot; changes nothing: the text is already fixed.</source>
        <translation>修正「%1」は何も変更しません: テキストはすでに修正されています。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Armlift::FixPreviewDialog</name>
    <message>
        <source>Apply Fix: %1</source>
        <translation>修正を適用: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Changes %2. Review the change, then apply it; Edit &gt; Undo reverts it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 を変更します。変更を確認してから適用してください。編集 &gt; 元に戻す で取り消せます。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注記: %1</translation>
    </message>
    <message>
        <source>Fix note</source>
        <translation>修正の注記</translation>
    </message>
</context>
<context>
    <name>Armlift::FixSafety</name>
    <message>
        <source>declares a platform argument</source>
        <translation>プラットフォーム引数を宣言する</translation>
    </message>
    <message>
        <source>changes an architecture name in a download</source>
        <translation>ダウンロード内のアーキテクチャ名を変更する</translation>
    </message>
    <message>
        <source>raises a pinned version</source>
        <translation>固定したバージョンを引き上げる</translation>
    </message>
    <message>
        <source>changes an architecture build tag</source>
        <translation>アーキテクチャのビルドタグを変更する</translation>
    </message>
    <message>
        <source>raises a version requirement</source>
        <translation>バージョン要件を引き上げる</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::Cloner</name>
    <message>
        <source>Enter the URL or path of a repository.</source>
        <translation>リポジトリの URL またはパスを入力してください。</translation>
    </message>
    <message>
        <source>Choose a destination folder.</source>
        <translation>保存先フォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The destination %1 already exists and is not an empty folder.</source>
        <translation>保存先 %1 はすでに存在し、空のフォルダーではありません。</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 は存在しません</translation>
    </message>
    <message>
        <source>The branch %1 does not exist in %2.</source>
        <translation>ブランチ %1 は %2 に存在しません。</translation>
    </message>
    <message>
        <source>Could not clone %1: %2</source>
        <translation>%1 をクローンできませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::Committer</name>
    <message>
        <source>Fix arm64 migration problems</source>
        <translation>arm64 移行の問題を修正</translation>
    </message>
    <message>
        <source>Fixes applied with Armlift:</source>
        <translation>Armlift で適用した修正:</translation>
    </message>
    <message>
        <source>The commit message is empty.</source>
        <translation>コミットメッセージが空です。</translation>
    </message>
    <message>
        <source>Staging the changes</source>
        <translation>変更をステージング中</translation>
    </message>
    <message>
        <source>Writing the index</source>
        <translation>インデックスを書き込み中</translation>
    </message>
    <message>
        <source>Writing the tree</source>
        <translation>ツリーを書き込み中</translation>
    </message>
    <message>
        <source>There is nothing to commit: the work tree has no changes.</source>
        <translation>コミットするものがありません: 作業ツリーに変更はありません。</translation>
    </message>
    <message>
        <source>Author %1</source>
        <translation>作成者 %1</translation>
    </message>
    <message>
        <source>Creating the commit</source>
        <translation>コミットを作成中</translation>
    </message>
    <message>
        <source>Could not commit on %1: %2</source>
        <translation>%1 でコミットできませんでした: %2</translation>
    </message>
    <message>
        <source>Committed %1 on branch %2 as %3.</source>
        <translation>ブランチ %2 に %1 を %3 としてコミットしました。</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::MigrationBranch</name>
    <message>
        <source>&quot;%1&quot; is not a valid branch name.</source>
        <translation>&quot;%1&quot; は有効なブランチ名ではありません。</translation>
    </message>
    <message>
        <source>The branch %1 already exists and points at another commit. Choose another branch name, or switch to it and apply the fixes there.</source>
        <translation>ブランチ %1 はすでに存在し、別のコミットを指しています。別のブランチ名を選ぶか、そのブランチに切り替えてそこで修正を適用してください。</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::Pusher</name>
    <message>
        <source>The repository has no remote named %1.</source>
        <translation>リポジトリに %1 という名前のリモートがありません。</translation>
    </message>
    <message>
        <source>The push was rejected: the branch %1 on %2 has commits that are not in your branch (not a fast-forward). Push to a new branch name, or fetch and rebase your fixes onto the remote branch first.</source>
        <translation>push が拒否されました: %2 のブランチ %1 には、あなたのブランチにないコミットがあります (fast-forward ではありません)。新しいブランチ名に push するか、先に fetch して修正をリモートブランチに rebase してください。</translation>
    </message>
    <message>
        <source>The remote rejected the push of %1: %2</source>
        <translation>リモートが %1 の push を拒否しました: %2</translation>
    </message>
    <message>
        <source>Could not push %1 to %2: %3</source>
        <translation>%1 を %2 に push できませんでした: %3</translation>
    </message>
    <message>
        <source>Pushed %1 to %2.</source>
        <translation>%1 を %2 に push しました。</translation>
    </message>
    <message>
        <source>Open a pull/merge request: %1</source>
        <translation>プル/マージリクエストを作成: %1</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::RemoteSession</name>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation>%1 の証明書を検証できませんでした。</translation>
    </message>
    <message>
        <source>The server asks for a kind of authentication Armlift does not support.</source>
        <translation>サーバーは Armlift が対応していない種類の認証を要求しています。</translation>
    </message>
    <message>
        <source>The saved credential for %1@%2 was rejected.</source>
        <translation>%1@%2 の保存された認証情報は拒否されました。</translation>
    </message>
    <message>
        <source>The server did not accept that credential.</source>
        <translation>サーバーはその認証情報を受け付けませんでした。</translation>
    </message>
    <message>
        <source>The server at %1 needs a credential and none was given.</source>
        <translation>%1 のサーバーには認証情報が必要ですが、指定されていません。</translation>
    </message>
    <message>
        <source>The SSH server&apos;s host key could not be read, so it cannot be checked.</source>
        <translation>SSH サーバーのホスト鍵を読み取れなかったため、確認できません。</translation>
    </message>
    <message>
        <source>The SSH host key of %1 (%2 %3) does not match the one in %4. Someone may be intercepting the connection, or the server&apos;s key was replaced: check with its administrator before changing %4.</source>
        <translation>%1 の SSH ホスト鍵 (%2 %3) が %4 にあるものと一致しません。接続が傍受されているか、サーバーの鍵が置き換えられた可能性があります: %4 を変更する前にサーバーの管理者に確認してください。</translation>
    </message>
    <message>
        <source>The SSH host key of %1 (%2) is not known and was not accepted.</source>
        <translation>%1 の SSH ホスト鍵 (%2) は不明で、受け入れられませんでした。</translation>
    </message>
    <message>
        <source>Could not add the host key to %1: %2</source>
        <translation>ホスト鍵を %1 に追加できませんでした: %2</translation>
    </message>
    <message>
        <source>The certificate is not signed by a trusted authority or does not match the host name.</source>
        <translation>証明書が信頼された認証局によって署名されていないか、ホスト名と一致しません。</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified (%2) and was not trusted. SHA-256 fingerprint: %3</source>
        <translation>%1 の TLS 証明書を検証できず (%2)、信頼されませんでした。SHA-256 フィンガープリント: %3</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::Status</name>
    <message>
        <source>The author &quot;%1&quot; is not in the form &quot;Name &lt;email&gt;&quot;.</source>
        <translation>作成者「%1」は「Name &lt;email&gt;」の形式ではありません。</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作は取り消されました。</translation>
    </message>
    <message>
        <source>The host could not be reached. Check the address and your network connection.</source>
        <translation>ホストに到達できません。アドレスとネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>Authentication failed: the server did not accept the user name, password, token or key.</source>
        <translation>認証に失敗しました: サーバーはユーザー名、パスワード、トークン、または鍵を受け付けませんでした。</translation>
    </message>
    <message>
        <source>The repository was not found. Check the URL, or whether you have access to it.</source>
        <translation>リポジトリが見つかりません。URL またはアクセス権があるか確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified, so the connection was refused.</source>
        <translation>サーバーの TLS 証明書を検証できなかったため、接続を拒否しました。</translation>
    </message>
    <message>
        <source>The SSH host key was not accepted: it does not match ~/.ssh/known_hosts or was refused.</source>
        <translation>SSH ホスト鍵が受け入れられませんでした: ~/.ssh/known_hosts と一致しないか、拒否されました。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>ディスクがいっぱいです。空き容量を確保してからもう一度試してください。</translation>
    </message>
    <message>
        <source>The remote rejected the update.</source>
        <translation>リモートが更新を拒否しました。</translation>
    </message>
    <message>
        <source>No commit author is configured. Set user.name and user.email with git config, in Settings, or pass --author &quot;Name &lt;email&gt;&quot;.</source>
        <translation>コミットの作成者が設定されていません。git config か設定で user.name と user.email を設定するか、--author &quot;Name &lt;email&gt;&quot; を指定してください。</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>リクエストが無効です。</translation>
    </message>
    <message>
        <source>The git operation failed.</source>
        <translation>git 操作に失敗しました。</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::TransferProgress</name>
    <message>
        <source>Receiving objects: %1/%2, %3</source>
        <translation>オブジェクトを受信中: %1/%2、%3</translation>
    </message>
    <message>
        <source>Resolving deltas: %1/%2</source>
        <translation>差分を解決中: %1/%2</translation>
    </message>
    <message>
        <source>Checking out files: %1/%2</source>
        <translation>ファイルをチェックアウト中: %1/%2</translation>
    </message>
    <message>
        <source>Sending objects: %1/%2, %3</source>
        <translation>オブジェクトを送信中: %1/%2、%3</translation>
    </message>
</context>
<context>
    <name>Armlift::Git::WorkTreeStatus</name>
    <message>
        <source>detached HEAD</source>
        <translation>detached HEAD</translation>
    </message>
    <message>
        <source>%1, clean</source>
        <translation>%1、問題なし</translation>
    </message>
    <message>
        <source>%1, 1 changed file</source>
        <translation>%1、変更されたファイル 1 個</translation>
    </message>
    <message>
        <source>%1, %2 changed files</source>
        <translation>%1、変更されたファイル %2 個</translation>
    </message>
</context>
<context>
    <name>Armlift::GitActions</name>
    <message>
        <source>&amp;Clone Repository…</source>
        <translation>リポジトリをクローン(&amp;C)…</translation>
    </message>
    <message>
        <source>Create &amp;Migration Branch</source>
        <translation>移行ブランチを作成(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Commit Fixes…</source>
        <translation>修正をコミット(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Push…</source>
        <translation>Push(&amp;P)…</translation>
    </message>
    <message>
        <source>Saved &amp;Credentials…</source>
        <translation>保存された認証情報(&amp;C)…</translation>
    </message>
    <message>
        <source>Uncommitted Changes</source>
        <translation>コミットされていない変更</translation>
    </message>
    <message>
        <source>The work tree has changes that are not committed (%1). Fixes will be mixed with them in the next commit. Apply the fixes anyway?</source>
        <translation>作業ツリーにコミットされていない変更があります (%1)。次のコミットで修正と混ざります。それでも修正を適用しますか?</translation>
    </message>
    <message>
        <source>Create Migration Branch</source>
        <translation>移行ブランチを作成</translation>
    </message>
    <message>
        <source>Branch name:</source>
        <translation>ブランチ名:</translation>
    </message>
    <message>
        <source>On branch %1; your changes are kept.</source>
        <translation>ブランチ %1 上です。変更は保持されます。</translation>
    </message>
    <message>
        <source>Committed %1 on %2.</source>
        <translation>%2 に %1 をコミットしました。</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>Pushed %1.</source>
        <translation>%1 を push しました。</translation>
    </message>
    <message>
        <source>Saved Credentials</source>
        <translation>保存された認証情報</translation>
    </message>
    <message>
        <source>There is no branch to push: check out a branch first (Git &gt; Create Migration Branch).</source>
        <translation>push するブランチがありません: 先にブランチをチェックアウトしてください (Git &gt; 移行ブランチを作成)。</translation>
    </message>
</context>
<context>
    <name>Armlift::HostKeyDialog</name>
    <message>
        <source>Fingerprint:</source>
        <translation>フィンガープリント:</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (ポート %2)</translation>
    </message>
    <message>
        <source>Unknown SSH Host</source>
        <translation>不明な SSH ホスト</translation>
    </message>
    <message>
        <source>The authenticity of %1 cannot be established: its %2 key is not in %3.

Compare the fingerprint below with the one your server&apos;s administrator or hosting provider publishes. Trusting adds the key to %3.</source>
        <translation>%1 の真正性を確認できません: その %2 鍵は %3 にありません。

下のフィンガープリントを、サーバーの管理者またはホスティング事業者が公開しているものと比較してください。信頼すると鍵が %3 に追加されます。</translation>
    </message>
    <message>
        <source>Trust and Connect</source>
        <translation>信頼して接続</translation>
    </message>
    <message>
        <source>Untrusted Certificate</source>
        <translation>信頼されていない証明書</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified:
%2

Someone may be intercepting the connection. Only continue if you know this server uses its own certificate and the SHA-256 fingerprint below matches it.</source>
        <translation>%1 の TLS 証明書を検証できませんでした:
%2

接続が傍受されている可能性があります。このサーバーが独自の証明書を使っていて、下の SHA-256 フィンガープリントが一致することが分かっている場合にのみ続行してください。</translation>
    </message>
    <message>
        <source>Trust This Certificate</source>
        <translation>この証明書を信頼</translation>
    </message>
</context>
<context>
    <name>Armlift::HtmlReportWriter</name>
    <message>
        <source>Armlift report</source>
        <translation>Armlift レポート</translation>
    </message>
    <message>
        <source>%1 %2, root %3: %4 files scanned, %5 problems, %6 fixable.</source>
        <translation>%1 %2、ルート %3: %4 ファイルをスキャン、問題 %5 件、修正可能 %6 件。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Migration effort by repository</source>
        <translation>リポジトリ別の移行作業量</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <source>Readiness by file</source>
        <translation>ファイル別の対応状況</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修正: %1</translation>
    </message>
    <message>
        <source>Files that could not be scanned</source>
        <translation>スキャンできなかったファイル</translation>
    </message>
</context>
<context>
    <name>Armlift::HttpClient</name>
    <message>
        <source>cancelled</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>%2 から HTTP %1</translation>
    </message>
    <message>
        <source>no answer from %1 in time</source>
        <translation>%1 から時間内に応答がありません</translation>
    </message>
    <message>
        <source>the answer from %1 is larger than %2 MB</source>
        <translation>%1 からの応答が %2 MB を超えています</translation>
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
        <translation>プロジェクトの概要</translation>
    </message>
    <message>
        <source>Project files</source>
        <translation>プロジェクトのファイル</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>ファイルを絞り込む</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ワークショップ</translation>
    </message>
    <message>
        <source>Fix applied to %1. Undo with Ctrl+Z; save with Ctrl+S.</source>
        <translation>%1 に修正を適用しました。Ctrl+Z で元に戻し、Ctrl+S で保存します。</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存に失敗しました</translation>
    </message>
    <message>
        <source>Scan progress</source>
        <translation>スキャンの進捗</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel scan</source>
        <translation>スキャンをキャンセル</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose a folder with File &gt; Open Folder.</source>
        <translation>%1 は存在しません。ファイル &gt; フォルダーを開く でフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>%1 — Armlift</source>
        <translation>%1 — Armlift</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>%1 をスキャン中…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 / %2 ファイル</translation>
    </message>
    <message>
        <source>Scan cancelled; the problems shown may be incomplete. Press F5 to scan again.</source>
        <translation>スキャンを取り消しました。表示されている問題は不完全な可能性があります。F5 キーで再スキャンします。</translation>
    </message>
    <message>
        <source>Scan finished: %1</source>
        <translation>スキャン完了: %1</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 ファイル</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 ファイル</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>問題 1 件</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>問題 %1 件</translation>
    </message>
    <message>
        <source>%1, %2, %3 fixable</source>
        <translation>%1、%2、修正可能 %3 件</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 Dockerfiles ready for arm64</source>
        <translation>%1 — %3 個中 %2 個の Dockerfile が arm64 対応済み</translation>
    </message>
    <message>
        <source>No quick fix here. Problems with fixes have a light bulb in the gutter; F8 jumps to the next problem.</source>
        <translation>ここにはクイック修正がありません。修正のある問題には余白に電球が表示されます。F8 で次の問題に移動します。</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>フォルダーを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>すべて保存(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Revert File</source>
        <translation>ファイルを元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Revert File</source>
        <translation>ファイルを元に戻す</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to %1?</source>
        <translation>%1 への未保存の変更を破棄しますか?</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>&amp;Close File</source>
        <translation>ファイルを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;scan Project</source>
        <translation>プロジェクトを再スキャン(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top Scan</source>
        <translation>スキャンを停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quick Fix…</source>
        <translation>クイック修正(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>指定行へ移動(&amp;G)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Word Wrap</source>
        <translation>折り返し(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Next Problem</source>
        <translation>次の問題(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Problem</source>
        <translation>前の問題(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Filter Files</source>
        <translation>ファイルを絞り込む(&amp;F)</translation>
    </message>
    <message>
        <source>Show Pro&amp;blems</source>
        <translation>問題を表示(&amp;B)</translation>
    </message>
    <message>
        <source>Filter Problems</source>
        <translation>問題を絞り込む</translation>
    </message>
    <message>
        <source>&amp;Large Workshop Text</source>
        <translation>ワークショップの文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Armlift</source>
        <translation>Armlift について(&amp;A)</translation>
    </message>
    <message>
        <source>About Armlift</source>
        <translation>Armlift について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Armlift %1&lt;/h3&gt;&lt;p&gt;Finds what breaks when container builds move from x86_64 to arm64, and fixes it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Armlift %1&lt;/h3&gt;&lt;p&gt;コンテナビルドを x86_64 から arm64 に移すときに壊れる箇所を見つけて修正します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったもの(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>指定行へ移動</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>行 (1–%1):</translation>
    </message>
    <message>
        <source>Build for arm64</source>
        <translation>arm64 向けにビルド</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>レポートをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>レポートを %1 に書き出しました</translation>
    </message>
    <message>
        <source>&amp;Git</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>対応状況</translation>
    </message>
    <message>
        <source>Computing the fixes… (Cancel stops it)</source>
        <translation>修正を計算中… (キャンセルで停止します)</translation>
    </message>
    <message>
        <source>Fix All of This &amp;Kind in This File…</source>
        <translation>このファイルの同じ種類の問題をすべて修正(&amp;K)…</translation>
    </message>
    <message>
        <source>Put the cursor on a problem with a fix (or select one in Problems) first.</source>
        <translation>先に修正のある問題にカーソルを置いてください (または「問題」で選択してください)。</translation>
    </message>
    <message>
        <source>Fix All &amp;Safe Problems in Project…</source>
        <translation>プロジェクトの安全な問題をすべて修正(&amp;S)…</translation>
    </message>
    <message>
        <source>The workshop was reset to a fresh copy in %1.</source>
        <translation>ワークショップを %1 の新しいコピーにリセットしました。</translation>
    </message>
    <message>
        <source>Workshop: your copy is in %1.</source>
        <translation>ワークショップ: あなたのコピーは %1 にあります。</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>ワークショップ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Reset Workshop…</source>
        <translation>ワークショップをリセット(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset Workshop</source>
        <translation>ワークショップをリセット</translation>
    </message>
    <message>
        <source>Replace your workshop copy with a fresh one? Every change you made in it is lost.</source>
        <translation>ワークショップのコピーを新しいものに置き換えますか? コピー内で行った変更はすべて失われます。</translation>
    </message>
    <message>
        <source>Git status</source>
        <translation>Git の状態</translation>
    </message>
    <message>
        <source>Git: %1</source>
        <translation>Git: %1</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>置換(&amp;E)…</translation>
    </message>
    <message>
        <source>Find Ne&amp;xt</source>
        <translation>次を検索(&amp;X)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
</context>
<context>
    <name>Armlift::MaintainerRequests</name>
    <message>
        <source>this project</source>
        <translation>このプロジェクト</translation>
    </message>
    <message>
        <source>Please publish a linux/arm64 variant of %1</source>
        <translation>%1 の linux/arm64 バリアントを公開してください</translation>
    </message>
    <message>
        <source>Please publish manylinux aarch64 wheels for %1</source>
        <translation>%1 の manylinux aarch64 wheel を公開してください</translation>
    </message>
    <message>
        <source>Please publish a linux-arm64 (aarch64) build of %1</source>
        <translation>%1 の linux-arm64 (aarch64) ビルドを公開してください</translation>
    </message>
    <message>
        <source>a multi-arch image index that includes linux/arm64 (for example built with `docker buildx build --platform linux/amd64,linux/arm64` or `buildah manifest push --all`)</source>
        <translation>linux/arm64 を含むマルチアーキテクチャのイメージインデックス (例: `docker buildx build --platform linux/amd64,linux/arm64` または `buildah manifest push --all` でビルド)</translation>
    </message>
    <message>
        <source>wheels tagged `manylinux2014_aarch64` (or `manylinux_2_28_aarch64`) on PyPI, for example built with cibuildwheel on an arm64 runner</source>
        <translation>PyPI 上の `manylinux2014_aarch64` (または `manylinux_2_28_aarch64`) タグ付きの wheel (例: arm64 ランナー上で cibuildwheel でビルド)</translation>
    </message>
    <message>
        <source>a release artefact for linux-arm64 / aarch64 next to the x86_64 one</source>
        <translation>x86_64 版と並ぶ linux-arm64 / aarch64 向けのリリース成果物</translation>
    </message>
    <message>
        <source>We are moving our container builds from x86_64 to arm64 (AWS Graviton, Ampere, Apple silicon) and %1 is the part that blocks us.

**What happens on arm64**

%2

**What would help**

%3.

Newer releases of many projects already ship arm64 builds; if there is a release or a build flag we missed, a pointer would be just as welcome. Thank you!

_Found by Armlift (rule %4)._</source>
        <translation>私たちはコンテナビルドを x86_64 から arm64 (AWS Graviton、Ampere、Apple シリコン) に移行しており、%1 がその妨げになっています。

**arm64 で起きること**

%2

**助けになること**

%3。

多くのプロジェクトでは新しいリリースですでに arm64 ビルドが提供されています。見落としているリリースやビルドフラグがあれば、教えていただけるだけでも大変ありがたいです。よろしくお願いします!

_Armlift が検出 (ルール %4)。_</translation>
    </message>
</context>
<context>
    <name>Armlift::MarkdownReportWriter</name>
    <message>
        <source>Armlift report</source>
        <translation>Armlift レポート</translation>
    </message>
    <message>
        <source>%1 files scanned, %2 problems, %3 fixable.</source>
        <translation>%1 ファイルをスキャン、問題 %2 件、修正可能 %3 件。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Files that could not be scanned</source>
        <translation>スキャンできなかったファイル</translation>
    </message>
</context>
<context>
    <name>Armlift::MigrationSummary</name>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Base images and platform</source>
        <translation>ベースイメージとプラットフォーム</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Python packages</source>
        <translation>Python パッケージ</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>Native code</source>
        <translation>ネイティブコード</translation>
    </message>
    <message>
        <source>x86-only artefacts and build planning</source>
        <translation>x86 専用の成果物とビルド計画</translation>
    </message>
    <message>
        <source>npm and RubyGems</source>
        <translation>npm と RubyGems</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Fixes available</source>
        <translation>修正あり</translation>
    </message>
    <message>
        <source>Manual work</source>
        <translation>手動作業</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
</context>
<context>
    <name>Armlift::OnlineActions</name>
    <message>
        <source>1 request</source>
        <translation>リクエスト 1 件</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>リクエスト %1 件</translation>
    </message>
    <message>
        <source>registry %1, PyPI %2, go.dev %3; %4</source>
        <translation>レジストリ %1、PyPI %2、go.dev %3、%4</translation>
    </message>
    <message>
        <source>Check &amp;Online</source>
        <translation>オンラインで確認(&amp;O)</translation>
    </message>
    <message>
        <source>O&amp;nline Check Settings…</source>
        <translation>オンライン確認の設定(&amp;N)…</translation>
    </message>
    <message>
        <source>Ask the registries, PyPI and go.dev about the project&apos;s base images and packages</source>
        <translation>プロジェクトのベースイメージとパッケージについてレジストリ、PyPI、go.dev に問い合わせます</translation>
    </message>
    <message>
        <source>Online check progress</source>
        <translation>オンライン確認の進捗</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel online check</source>
        <translation>オンライン確認をキャンセル</translation>
    </message>
    <message>
        <source>Checking with the cache only (the network is off in the settings)…</source>
        <translation>キャッシュのみで確認中 (設定でネットワークがオフになっています)…</translation>
    </message>
    <message>
        <source>Checking registries, PyPI and go.dev…</source>
        <translation>レジストリ、PyPI、go.dev を確認中…</translation>
    </message>
    <message>
        <source>Online check cancelled; the findings are unchanged.</source>
        <translation>オンライン確認を取り消しました。検出結果は変わっていません。</translation>
    </message>
    <message>
        <source>The project changed during the online check, so its result was dropped. Press %1 to check again.</source>
        <translation>オンライン確認中にプロジェクトが変更されたため、結果を破棄しました。%1 で再確認します。</translation>
    </message>
    <message>
        <source>Online check: %1</source>
        <translation>オンライン確認: %1</translation>
    </message>
    <message>
        <source>%1 (and %2 more questions without an answer)</source>
        <translation>%1 (ほかに回答のない問い合わせ %2 件)</translation>
    </message>
    <message>
        <source>Online Check Settings</source>
        <translation>オンライン確認の設定</translation>
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
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Armlift::OnlineSettingsPage</name>
    <message>
        <source>&amp;Use the network (off: only the cache and the bundled knowledge base)</source>
        <translation>ネットワークを使う (オフ: キャッシュと同梱のナレッジベースのみ)(&amp;U)</translation>
    </message>
    <message>
        <source>Check online after every &amp;scan</source>
        <translation>スキャンのたびにオンラインで確認(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add Login</source>
        <translation>ログインを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>記憶を消去(&amp;F)</translation>
    </message>
    <message>
        <source>One HOST:PORT per line, e.g. 127.0.0.1:5000</source>
        <translation>1 行に 1 つの HOST:PORT。例: 127.0.0.1:5000</translation>
    </message>
    <message>
        <source>Plain-HTTP registries</source>
        <translation>平文 HTTP のレジストリ</translation>
    </message>
    <message>
        <source>registry.example.com or docker.io</source>
        <translation>registry.example.com または docker.io</translation>
    </message>
    <message>
        <source>Password or token</source>
        <translation>パスワードまたはトークン</translation>
    </message>
    <message>
        <source>&amp;PyPI JSON API:</source>
        <translation>PyPI JSON API(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Go downloads:</source>
        <translation>Go のダウンロード(&amp;G):</translation>
    </message>
    <message>
        <source>Plain-&amp;HTTP registries:</source>
        <translation>平文 HTTP のレジストリ(&amp;H):</translation>
    </message>
    <message>
        <source>Registry logins (secrets are kept in the system keychain only)</source>
        <translation>レジストリのログイン (秘密情報はシステムのキーチェーンにのみ保存されます)</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>レジストリ(&amp;R):</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>ユーザー(&amp;S):</translation>
    </message>
    <message>
        <source>Pass&amp;word or token:</source>
        <translation>パスワードまたはトークン(&amp;W):</translation>
    </message>
    <message>
        <source>The PyPI URL &quot;%1&quot; is not an http or https URL, e.g. %2.</source>
        <translation>PyPI の URL「%1」は http または https の URL ではありません (例: %2)。</translation>
    </message>
    <message>
        <source>The Go downloads URL &quot;%1&quot; is not an http or https URL, e.g. %2.</source>
        <translation>Go のダウンロード URL「%1」は http または https の URL ではありません (例: %2)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; under plain-HTTP registries is not HOST or HOST:PORT.</source>
        <translation>平文 HTTP のレジストリの「%1」は HOST または HOST:PORT の形式ではありません。</translation>
    </message>
    <message>
        <source>No keychain is available, so logins cannot be saved.</source>
        <translation>利用できるキーチェーンがないため、ログインを保存できません。</translation>
    </message>
    <message>
        <source>Enter the registry, the user and the password or token of the login.</source>
        <translation>ログインのレジストリ、ユーザー、パスワードまたはトークンを入力してください。</translation>
    </message>
    <message>
        <source>Could not save the login in the keychain: %1</source>
        <translation>キーチェーンにログインを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not remove the login from the keychain: %1</source>
        <translation>キーチェーンからログインを削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Armlift::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>Armlift::ProblemsView</name>
    <message>
        <source>Filter problems (rule, file, message)</source>
        <translation>問題を絞り込む (ルール、ファイル、メッセージ)</translation>
    </message>
    <message>
        <source>Problems filter</source>
        <translation>問題フィルター</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 を表示</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>エラー 1 件</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>エラー %1 件</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>警告 1 件</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>警告 %1 件</translation>
    </message>
    <message>
        <source>%1 info</source>
        <translation>情報 %1 件</translation>
    </message>
    <message>
        <source>Go to Problem</source>
        <translation>問題へ移動</translation>
    </message>
    <message>
        <source>Fix All %1 Problems in This File</source>
        <translation>このファイルの %1 の問題をすべて修正</translation>
    </message>
    <message>
        <source>Fix All Safe Problems in Project</source>
        <translation>プロジェクトの安全な問題をすべて修正</translation>
    </message>
</context>
<context>
    <name>Armlift::ProjectConfig</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み取れません: %2</translation>
    </message>
    <message>
        <source>%1:%2: invalid JSON: %3</source>
        <translation>%1:%2: 無効な JSON: %3</translation>
    </message>
    <message>
        <source>%1: unknown severity &apos;%2&apos; for %3 (use error, warning or info)</source>
        <translation>%1: %3 の重大度 &apos;%2&apos; は不明です (error、warning、info のいずれかを使ってください)</translation>
    </message>
</context>
<context>
    <name>Armlift::ProjectFixer</name>
    <message>
        <source>%1: not a file inside the scanned folder; the fix was not applied</source>
        <translation>%1: スキャンしたフォルダー内のファイルではありません。修正は適用されませんでした</translation>
    </message>
    <message>
        <source>%1: cannot read: %2; nothing was changed</source>
        <translation>%1: 読み取れません: %2。何も変更しませんでした</translation>
    </message>
    <message>
        <source>%1: binary file (contains NUL bytes); nothing was changed</source>
        <translation>%1: バイナリファイルです (NUL バイトを含む)。何も変更しませんでした</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8, writing it back would damage it; convert it to UTF-8 and run --fix again. Nothing was changed</source>
        <translation>%1: 有効な UTF-8 ではないため、書き戻すと壊れます。UTF-8 に変換してから --fix を再実行してください。何も変更しませんでした</translation>
    </message>
    <message>
        <source>%1: outside the scanned folder; nothing was changed</source>
        <translation>%1: スキャンしたフォルダーの外です。何も変更しませんでした</translation>
    </message>
    <message>
        <source>%1: cannot write: %2; nothing was changed</source>
        <translation>%1: 書き込めません: %2。何も変更しませんでした</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Armlift::ProjectScanner</name>
    <message>
        <source>%1: folder cannot be read; skipped</source>
        <translation>%1: フォルダーを読み取れません。スキップしました</translation>
    </message>
    <message>
        <source>%1: symbolic link to outside the scanned folder; not followed</source>
        <translation>%1: スキャンしたフォルダーの外へのシンボリックリンクです。たどりません</translation>
    </message>
</context>
<context>
    <name>Armlift::ProjectTreeModel</name>
    <message>
        <source>%1, 1 problem</source>
        <translation>%1、問題 1 件</translation>
    </message>
    <message>
        <source>%1, %2 problems</source>
        <translation>%1、問題 %2 件</translation>
    </message>
    <message>
        <source>%1, ready for arm64</source>
        <translation>%1、arm64 対応済み</translation>
    </message>
</context>
<context>
    <name>Armlift::PushDialog</name>
    <message>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>リモート</translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation>ブランチ:</translation>
    </message>
    <message>
        <source>&amp;Remote:</source>
        <translation>リモート(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>Push(&amp;P)</translation>
    </message>
    <message>
        <source>This repository has no remote to push to. Add one with &lt;code&gt;git remote add origin URL&lt;/code&gt;.</source>
        <translation>このリポジトリには push 先のリモートがありません。&lt;code&gt;git remote add origin URL&lt;/code&gt; で追加してください。</translation>
    </message>
    <message>
        <source>Push %1 to the remote&apos;s branch of the same name.</source>
        <translation>%1 をリモートの同名ブランチに push します。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Pushed %1 to %2 (%3).</source>
        <translation>%1 を %2 (%3) に push しました。</translation>
    </message>
    <message>
        <source>Open a pull/merge request: %1</source>
        <translation>プル/マージリクエストを作成: %1</translation>
    </message>
    <message>
        <source>The push was cancelled.</source>
        <translation>push を取り消しました。</translation>
    </message>
    <message>
        <source>Could not push: %1</source>
        <translation>push できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Armlift::QuickFixController</name>
    <message>
        <source>Quick fixes</source>
        <translation>クイック修正</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 no longer reports [%2] at line %3; the text changed. Nothing was changed.</source>
        <translation>%1 は %3 行目で [%2] を報告しなくなりました。テキストが変更されています。何も変更しませんでした。</translation>
    </message>
    <message>
        <source>The fix also changes %1, which has unsaved changes. Save %1 first, then apply the fix.</source>
        <translation>この修正は未保存の変更がある %1 も変更します。先に %1 を保存してから修正を適用してください。</translation>
    </message>
    <message>
        <source>%1 changed while the fix was previewed; it was not changed. Try the fix again.</source>
        <translation>修正のプレビュー中に %1 が変更されたため、変更しませんでした。もう一度修正を試してください。</translation>
    </message>
    <message>
        <source>Fix All %1 Problems in This File</source>
        <translation>このファイルの %1 の問題をすべて修正</translation>
    </message>
    <message>
        <source>Fix All Safe Problems in Project</source>
        <translation>プロジェクトの安全な問題をすべて修正</translation>
    </message>
    <message>
        <source>Fix All %1 Problems in %2</source>
        <translation>%2 の %1 の問題をすべて修正</translation>
    </message>
    <message>
        <source>Open a folder first (File &gt; Open Folder); fix-all works on a project.</source>
        <translation>先にフォルダーを開いてください (ファイル &gt; フォルダーを開く)。一括修正はプロジェクト単位で行います。</translation>
    </message>
    <message>
        <source>Fix-all cancelled; nothing was changed.</source>
        <translation>一括修正を取り消しました。何も変更しませんでした。</translation>
    </message>
    <message>
        <source>%1: no fix could be applied automatically; fix the rest by hand.</source>
        <translation>%1: 自動で適用できる修正はありませんでした。残りは手動で修正してください。</translation>
    </message>
    <message>
        <source>%1: nothing to fix.</source>
        <translation>%1: 修正するものはありません。</translation>
    </message>
    <message>
        <source>%1 changed while the fixes were previewed; it was not changed. Run the fix-all again.</source>
        <translation>修正のプレビュー中に %1 が変更されたため、変更しませんでした。もう一度一括修正を実行してください。</translation>
    </message>
    <message>
        <source>Could not read %1: %2; no file was changed.</source>
        <translation>%1 を読み取れませんでした: %2。どのファイルも変更しませんでした。</translation>
    </message>
    <message>
        <source>%1 changed on disk while the fixes were previewed; no file was changed. Run the fix-all again.</source>
        <translation>修正のプレビュー中にディスク上の %1 が変更されたため、どのファイルも変更しませんでした。もう一度一括修正を実行してください。</translation>
    </message>
    <message>
        <source>Could not write %1: %2; no file was changed.</source>
        <translation>%1 を書き込めませんでした: %2。どのファイルも変更しませんでした。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Armlift::ReadinessChart</name>
    <message>
        <source>Readiness chart</source>
        <translation>対応状況のグラフ</translation>
    </message>
    <message>
        <source>%1 of %2 files ready for arm64</source>
        <translation>%2 ファイル中 %1 ファイルが arm64 対応済み</translation>
    </message>
    <message>
        <source>%1: %2 errors, %3 warnings, %4 info</source>
        <translation>%1: エラー %2 件、警告 %3 件、情報 %4 件</translation>
    </message>
    <message>
        <source>Fixable: %1, manual: %2</source>
        <translation>修正可能: %1、手動: %2</translation>
    </message>
    <message>
        <source>%1: %2 (effort %3)</source>
        <translation>%1: %2 (作業量 %3)</translation>
    </message>
    <message>
        <source>Fixable / manual</source>
        <translation>修正可能 / 手動</translation>
    </message>
</context>
<context>
    <name>Armlift::RecipeCommand</name>
    <message>
        <source>Usage: armlift-scan --recipe %1 [--image NAME] [--tag TAG] [--registry HOST] [--no-native-arm-runners] [--output FILE] PATH</source>
        <translation>使い方: armlift-scan --recipe %1 [--image NAME] [--tag TAG] [--registry HOST] [--no-native-arm-runners] [--output FILE] PATH</translation>
    </message>
    <message>
        <source>unknown option %1 for --recipe</source>
        <translation>--recipe のオプション %1 は不明です</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 には値が必要です</translation>
    </message>
    <message>
        <source>unknown recipe &apos;%1&apos; (one of: %2)</source>
        <translation>レシピ &apos;%1&apos; は不明です (%2 のいずれか)</translation>
    </message>
    <message>
        <source>--recipe takes one PATH</source>
        <translation>--recipe には PATH を 1 つ指定します</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: そのようなファイルやフォルダーはありません</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>placeholder: %1</source>
        <translation>プレースホルダー: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>wrote %1 (suggested name: %2)</source>
        <translation>%1 を書き込みました (推奨名: %2)</translation>
    </message>
</context>
<context>
    <name>Armlift::RegistryClient</name>
    <message>
        <source>cannot reach the registry of %1 (%2)</source>
        <translation>%1 のレジストリに到達できません (%2)</translation>
    </message>
    <message>
        <source>the registry %1 refused access to %2 (HTTP %3): add credentials for it in the settings</source>
        <translation>レジストリ %1 が %2 へのアクセスを拒否しました (HTTP %3): 設定でその認証情報を追加してください</translation>
    </message>
    <message>
        <source>%1 does not exist on %2</source>
        <translation>%1 は %2 に存在しません</translation>
    </message>
    <message>
        <source>the registry %1 limits the request rate; %2 was not checked</source>
        <translation>レジストリ %1 がリクエスト数を制限しているため、%2 は確認されませんでした</translation>
    </message>
    <message>
        <source>the registry %1 sent a manifest for %2 that is not understood</source>
        <translation>レジストリ %1 が %2 について理解できないマニフェストを送信しました</translation>
    </message>
    <message>
        <source>the registry of %1 answered HTTP %2</source>
        <translation>%1 のレジストリが HTTP %2 を返しました</translation>
    </message>
    <message>
        <source>offline: %1 is not in the cache</source>
        <translation>オフライン: %1 はキャッシュにありません</translation>
    </message>
</context>
<context>
    <name>Armlift::ReportFile</name>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>HTML レポート (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>SARIF for code scanning (*.sarif *.sarif.json)</source>
        <translation>コードスキャン用 SARIF (*.sarif *.sarif.json)</translation>
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
        <translation>テキスト (*.txt)</translation>
    </message>
    <message>
        <source>%1: unknown report type; name the file .html, .md, .sarif, .json, .csv or .txt</source>
        <translation>%1: 不明なレポート形式です。ファイル名を .html、.md、.sarif、.json、.csv、.txt のいずれかにしてください</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2; choose another folder</source>
        <translation>%1: レポートを書き込めません: %2。別のフォルダーを選んでください</translation>
    </message>
</context>
<context>
    <name>Armlift::ReportSections</name>
    <message>
        <source>Readiness overview: findings by category and severity, fixable versus manual</source>
        <translation>対応状況の概要: カテゴリーと重大度別の検出結果、修正可能と手動の比較</translation>
    </message>
    <message>
        <source>Fixable (green) / manual (grey)</source>
        <translation>修正可能 (緑) / 手動 (灰)</translation>
    </message>
    <message>
        <source>Red: errors, amber: warnings, blue: info.</source>
        <translation>赤: エラー、黄: 警告、青: 情報。</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>対応状況</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Fixable</source>
        <translation>修正可能</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>作業量</translation>
    </message>
    <message>
        <source>Effort points: a manual error 8, a fixable error 2, a manual warning 3, a fixable warning 1. They rank the work; they are not hours.</source>
        <translation>作業量ポイント: 手動のエラー 8、修正可能なエラー 2、手動の警告 3、修正可能な警告 1。作業の順位付け用で、時間ではありません。</translation>
    </message>
    <message>
        <source>Findings by file</source>
        <translation>ファイル別の検出結果</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修正: %1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>出典:</translation>
    </message>
    <message>
        <source>Rules in this report</source>
        <translation>このレポートのルール</translation>
    </message>
    <message>
        <source>Ask the maintainers</source>
        <translation>メンテナーに依頼</translation>
    </message>
    <message>
        <source>These have no arm64 build upstream. Newer versions often do; if not, open (or +1) an issue upstream with the text below.</source>
        <translation>これらには上流に arm64 ビルドがありません。新しいバージョンにはあることが多いですが、ない場合は下のテキストで上流に issue を作成 (または +1) してください。</translation>
    </message>
    <message>
        <source>Migration effort by repository</source>
        <translation>リポジトリ別の移行作業量</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <source>Readiness by file</source>
        <translation>ファイル別の対応状況</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>These have no arm64 build upstream; open (or +1) an issue with the prefilled text.</source>
        <translation>これらには上流に arm64 ビルドがありません。入力済みのテキストで issue を作成 (または +1) してください。</translation>
    </message>
</context>
<context>
    <name>Armlift::ReportWriter</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>Armlift::ScanCommand</name>
    <message>
        <source>Try &apos;armlift-scan --help&apos; for the options.</source>
        <translation>オプションは &apos;armlift-scan --help&apos; で確認してください。</translation>
    </message>
    <message>
        <source>%1 files, %2 problems (%3 errors, %4 warnings, %5 info), %6 fixable</source>
        <translation>%1 ファイル、問題 %2 件 (エラー %3、警告 %4、情報 %5)、修正可能 %6 件</translation>
    </message>
    <message>
        <source>armlift-scan: %1: no such file or folder</source>
        <translation>armlift-scan: %1: そのようなファイルやフォルダーはありません</translation>
    </message>
    <message>
        <source>armlift-scan: %1: cannot read it (permission denied); check its permissions</source>
        <translation>armlift-scan: %1: 読み取れません (アクセス拒否)。権限を確認してください</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: エラー: %2</translation>
    </message>
    <message>
        <source>armlift-scan: %1: cannot write the report: %2</source>
        <translation>armlift-scan: %1: レポートを書き込めません: %2</translation>
    </message>
    <message>
        <source><byte value="xd"/>Scanning %1: %2/%3 files</source>
        <translation><byte value="xd"/>%1 をスキャン中: %2/%3 ファイル</translation>
    </message>
    <message>
        <source>%1:%2:%3: note: a fix was not applied because it overlaps another one here; apply it by hand in the editor</source>
        <translation>%1:%2:%3: 注記: ここで別の修正と重なるため、修正は適用されませんでした。エディターで手動で適用してください</translation>
    </message>
    <message>
        <source>%1:%2: note: %3 [%4]</source>
        <translation>%1:%2: 注記: %3 [%4]</translation>
    </message>
    <message>
        <source>armlift-scan: %1: fixes kept changing the files; stopped after %2 rounds</source>
        <translation>armlift-scan: %1: 修正がファイルを変更し続けたため、%2 回で停止しました</translation>
    </message>
    <message>
        <source>Fixed: %1 edits in %2 files</source>
        <translation>修正済み: %2 ファイルで %1 か所を編集</translation>
    </message>
    <message>
        <source>armlift-scan: %1: cannot read the build log: %2</source>
        <translation>armlift-scan: %1: ビルドログを読み取れません: %2</translation>
    </message>
    <message>
        <source>build log</source>
        <translation>ビルドログ</translation>
    </message>
    <message>
        <source>armlift-scan: %1: no known arm64 failure in this build log; its last error lines:</source>
        <translation>armlift-scan: %1: このビルドログに既知の arm64 の失敗はありません。最後のエラー行:</translation>
    </message>
    <message>
        <source>armlift-scan: no rule &apos;%1&apos;; &apos;armlift-scan --list-rules&apos; lists them</source>
        <translation>armlift-scan: ルール &apos;%1&apos; はありません。&apos;armlift-scan --list-rules&apos; で一覧を表示できます</translation>
    </message>
    <message>
        <source>online: registry %1, pypi %2, go.dev %3; %4 requests</source>
        <translation>オンライン: レジストリ %1、PyPI %2、go.dev %3、リクエスト %4 件</translation>
    </message>
    <message>
        <source>armlift-scan: a commit in the temporary clone of %1 would be lost; add --push, or --keep-clone DIR to keep the clone</source>
        <translation>armlift-scan: %1 の一時クローン内のコミットが失われます。--push を追加するか、クローンを残すには --keep-clone DIR を追加してください</translation>
    </message>
    <message>
        <source>armlift-scan: %1 is not in a git repository (with a work tree); --commit needs one</source>
        <translation>armlift-scan: %1 は (作業ツリーのある) git リポジトリ内にありません。--commit にはリポジトリが必要です</translation>
    </message>
    <message>
        <source>armlift-scan: %1 has uncommitted changes (%2); commit or stash them first, so the commit holds only the fixes</source>
        <translation>armlift-scan: %1 にコミットされていない変更があります (%2)。コミットに修正だけが含まれるよう、先にコミットするか stash してください</translation>
    </message>
    <message>
        <source>armlift-scan: no fix was applied, so there is nothing to commit</source>
        <translation>armlift-scan: 修正が適用されなかったため、コミットするものがありません</translation>
    </message>
</context>
<context>
    <name>Armlift::ScanOptions</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Report format: %1 (default: text).</source>
        <translation>レポート形式: %1 (既定: text)。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Write the report to FILE (replaced atomically) instead of standard output.</source>
        <translation>レポートを標準出力ではなく FILE に書き込みます (アトミックに置き換え)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Exit with 1 when a finding of this severity or worse exists: error, warning, info or never (default: error).</source>
        <translation>この重大度以上の検出結果があれば 1 で終了します: error、warning、info、never (既定: error)。</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Apply the first fix of every finding, repeated until nothing more applies, and print the changes as a unified diff on standard output. The report of what remains goes to --output when given; the remaining findings are listed on standard error.</source>
        <translation>各検出結果の最初の修正を、適用できるものがなくなるまで繰り返し適用し、変更を unified diff として標準出力に出力します。残りのレポートは --output が指定されていればそこに出力され、残りの検出結果は標準エラーに一覧表示されます。</translation>
    </message>
    <message>
        <source>List the rules (text, or JSON with --format json) and exit.</source>
        <translation>ルールを一覧表示して終了します (テキスト、または --format json で JSON)。</translation>
    </message>
    <message>
        <source>Print the documentation page of rule ID and exit.</source>
        <translation>ルール ID のドキュメントページを表示して終了します。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Use only the bundled knowledge base and the cache (the default; wins over --online).</source>
        <translation>同梱のナレッジベースとキャッシュのみを使います (既定。--online より優先)。</translation>
    </message>
    <message>
        <source>Also ask registries, PyPI and go.dev.</source>
        <translation>レジストリ、PyPI、go.dev にも問い合わせます。</translation>
    </message>
    <message>
        <source>Print no progress and no summary.</source>
        <translation>進捗と概要を表示しません。</translation>
    </message>
    <message>
        <source>Explain a failed arm64 build from its log (docker build, buildx, buildah, podman; &apos;-&apos; reads standard input): the cause, the rule and the fix, pointed at the Dockerfile line when PATH (the Dockerfile or its folder) is given.</source>
        <translation>失敗した arm64 ビルドをログから説明します (docker build、buildx、buildah、podman。&apos;-&apos; で標準入力を読み取ります): 原因、ルール、修正を示し、PATH (Dockerfile またはそのフォルダー) が指定されていれば Dockerfile の行を指します。</translation>
    </message>
    <message>
        <source>Folder or Dockerfile to scan; several may be given.</source>
        <translation>スキャンするフォルダーまたは Dockerfile。複数指定できます。</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use one of %2</source>
        <translation>形式 &apos;%1&apos; は不明です。%2 のいずれかを使ってください</translation>
    </message>
    <message>
        <source>unknown --fail-on value &apos;%1&apos;; use error, warning, info or never</source>
        <translation>--fail-on の値 &apos;%1&apos; は不明です。error、warning、info、never のいずれかを使ってください</translation>
    </message>
    <message>
        <source>--output needs a file name</source>
        <translation>--output にはファイル名が必要です</translation>
    </message>
    <message>
        <source>--build-log needs a file name (or &apos;-&apos; for standard input)</source>
        <translation>--build-log にはファイル名が必要です (標準入力なら &apos;-&apos;)</translation>
    </message>
    <message>
        <source>--build-log takes at most one PATH: the Dockerfile or the folder the build used</source>
        <translation>--build-log に指定できる PATH は 1 つまでです: ビルドが使った Dockerfile またはフォルダー</translation>
    </message>
    <message>
        <source>--build-log cannot be combined with --fix; apply the fixes with a scan of PATH</source>
        <translation>--build-log は --fix と組み合わせられません。修正は PATH のスキャンで適用してください</translation>
    </message>
    <message>
        <source>no PATH given; name the folder or Dockerfile to scan, e.g. &apos;armlift-scan .&apos;</source>
        <translation>PATH が指定されていません。スキャンするフォルダーまたは Dockerfile を指定してください。例: &apos;armlift-scan .&apos;</translation>
    </message>
    <message>
        <source>Talk plain HTTP to the registry HOST:PORT (repeatable), e.g. a local registry.</source>
        <translation>レジストリ HOST:PORT と平文の HTTP で通信します (複数指定可)。例: ローカルレジストリ。</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>PyPI JSON API base URL (default https://pypi.org/pypi).</source>
        <translation>PyPI JSON API のベース URL (既定 https://pypi.org/pypi)。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Go downloads base URL (default https://go.dev/dl).</source>
        <translation>Go のダウンロードのベース URL (既定 https://go.dev/dl)。</translation>
    </message>
    <message>
        <source>When PATH is a git URL, clone it into DIR and keep it (default: a temporary folder).</source>
        <translation>PATH が git の URL の場合、DIR にクローンして残します (既定: 一時フォルダー)。</translation>
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
        <translation>Dockerfile とそれが使うマニフェストから arm64 移行の問題を見つけます。
レポートは標準出力 (または --output) に、進捗、概要、エラーは
標準エラーに出力されます。終了ステータス: 0 は --fail-on 以上なし、1 は検出あり、2 は使い方の誤り、
スキャンルートを読み取れない場合、または --commit/--push の失敗です。
複数の PATH を指定すると、それぞれを個別にスキャンしてレポートを結合します。各ファイルは
指定した PATH を先頭に付けた名前になります (proj-a/Dockerfile、proj-b/Dockerfile)。</translation>
    </message>
    <message>
        <source>With --fix: commit the fixes with git on the branch --branch (created from the current commit and checked out afterwards). The author comes from --author, else user.name/user.email of the repository&apos;s or the global git config. The work tree must have no other changes.</source>
        <translation>--fix と併用: 修正を git でブランチ --branch にコミットします (現在のコミットから作成し、その後チェックアウトします)。作成者は --author から、なければリポジトリまたはグローバルの git 設定の user.name/user.email から取得します。作業ツリーに他の変更があってはいけません。</translation>
    </message>
    <message>
        <source>The branch --commit uses (default: arm64-migration).</source>
        <translation>--commit が使うブランチ (既定: arm64-migration)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>With --commit: push the branch to --remote, with the credentials of ssh-agent, the keychain or ARMLIFT_GIT_USER/ARMLIFT_GIT_TOKEN; prints the pull/merge request URL for GitHub, GitLab and Bitbucket.</source>
        <translation>--commit と併用: ssh-agent、キーチェーン、または ARMLIFT_GIT_USER/ARMLIFT_GIT_TOKEN の認証情報でブランチを --remote に push します。GitHub、GitLab、Bitbucket ではプル/マージリクエストの URL を表示します。</translation>
    </message>
    <message>
        <source>The remote --push pushes to (default: origin).</source>
        <translation>--push の push 先のリモート (既定: origin)。</translation>
    </message>
    <message>
        <source>The commit author for --commit, as &quot;Name &lt;email&gt;&quot;.</source>
        <translation>--commit のコミット作成者。&quot;Name &lt;email&gt;&quot; の形式で指定します。</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>AUTHOR</translation>
    </message>
    <message>
        <source>The commit message for --commit (default: a subject and the rule IDs of the fixes).</source>
        <translation>--commit のコミットメッセージ (既定: 件名と修正のルール ID)。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>--commit takes one PATH: the repository (or a folder in it) to fix and commit</source>
        <translation>--commit には PATH を 1 つ指定します: 修正してコミットするリポジトリ (またはその中のフォルダー)</translation>
    </message>
    <message>
        <source>--commit needs --fix: it commits the fixes that --fix applies</source>
        <translation>--commit には --fix が必要です: --fix が適用した修正をコミットします</translation>
    </message>
    <message>
        <source>--push needs --commit (and --fix): it pushes the branch with the fixes</source>
        <translation>--push には --commit (と --fix) が必要です: 修正を含むブランチを push します</translation>
    </message>
    <message>
        <source>%1 is only used with --fix --commit</source>
        <translation>%1 は --fix --commit と併用する場合にのみ使われます</translation>
    </message>
    <message>
        <source>--remote is only used with --fix --commit --push</source>
        <translation>--remote は --fix --commit --push と併用する場合にのみ使われます</translation>
    </message>
    <message>
        <source>--branch &apos;%1&apos; is not a valid git branch name</source>
        <translation>--branch &apos;%1&apos; は有効な git ブランチ名ではありません</translation>
    </message>
    <message>
        <source>--author &apos;%1&apos; is not in the form &quot;Name &lt;email&gt;&quot;</source>
        <translation>--author &apos;%1&apos; は &quot;Name &lt;email&gt;&quot; の形式ではありません</translation>
    </message>
    <message>
        <source>--message needs a text</source>
        <translation>--message にはテキストが必要です</translation>
    </message>
    <message>
        <source>--remote needs the name of a remote, e.g. origin</source>
        <translation>--remote にはリモート名が必要です (例: origin)</translation>
    </message>
</context>
<context>
    <name>Armlift::ScreenshotTaker</name>
    <message>
        <source>The scan of %1 did not finish within %2 s; no screenshot was written.</source>
        <translation>%1 のスキャンが %2 秒以内に終わらなかったため、スクリーンショットは書き込まれませんでした。</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>スクリーンショットを %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Screenshot written to %1 (%2×%3).</source>
        <translation>スクリーンショットを %1 に書き込みました (%2×%3)。</translation>
    </message>
</context>
<context>
    <name>Armlift::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Follow system (light or dark)</source>
        <translation>システムに従う (ライトまたはダーク)</translation>
    </message>
    <message>
        <source>Editor theme</source>
        <translation>エディターのテーマ</translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation>エディターのフォント</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>エディターのフォントサイズ</translation>
    </message>
    <message>
        <source>Editor &amp;theme:</source>
        <translation>エディターのテーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation>エディターのフォント(&amp;F):</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>フォントサイズ(&amp;S):</translation>
    </message>
</context>
<context>
    <name>Armlift::StoredCredential</name>
    <message>
        <source>SSH key %1 for %2@%3</source>
        <translation>%2@%3 の SSH 鍵 %1</translation>
    </message>
    <message>
        <source>Password or token for %1@%2</source>
        <translation>%1@%2 のパスワードまたはトークン</translation>
    </message>
    <message>
        <source>Registry login %1@%2</source>
        <translation>レジストリのログイン %1@%2</translation>
    </message>
</context>
<context>
    <name>Armlift::StoredRegistryCredentials</name>
    <message>
        <source>The saved login for %1 could not be read from the keychain: %2</source>
        <translation>%1 の保存済みログインをキーチェーンから読み取れませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Armlift::TextFileReader</name>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation>%1: ファイルではなくディレクトリです</translation>
    </message>
    <message>
        <source>%1: skipped: %2 MB is larger than the %3 MB limit for files Armlift analyses</source>
        <translation>%1: スキップ: %2 MB は Armlift が解析するファイルの上限 %3 MB を超えています</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: skipped: larger than the %2 MB limit</source>
        <translation>%1: スキップ: 上限 %2 MB を超えています</translation>
    </message>
    <message>
        <source>%1: skipped: binary file (contains NUL bytes)</source>
        <translation>%1: スキップ: バイナリファイル (NUL バイトを含む)</translation>
    </message>
    <message>
        <source>%1:%2: invalid UTF-8; the file was analysed with replacement characters</source>
        <translation>%1:%2: 無効な UTF-8 です。置換文字を使ってファイルを解析しました</translation>
    </message>
</context>
<context>
    <name>Armlift::WelcomePage</name>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>フォルダーを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Armlift&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Armlift&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Open a folder with Dockerfiles to find what breaks on arm64 (Apple silicon, Graviton, Ampere) and apply reviewed fixes. You can also drop a folder on this window.</source>
        <translation>Dockerfile のあるフォルダーを開くと、arm64 (Apple シリコン、Graviton、Ampere) で壊れる箇所を見つけ、確認済みの修正を適用できます。このウィンドウにフォルダーをドロップすることもできます。</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近のプロジェクト</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>最近のプロジェクト:</translation>
    </message>
</context>
<context>
    <name>Armlift::WorkshopCopy</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2: %3</source>
        <translation>%1 を %2 にコピーできませんでした: %3</translation>
    </message>
    <message>
        <source>The bundled workshop was not found (looked next to the program and in the source tree).</source>
        <translation>同梱のワークショップが見つかりませんでした (プログラムの隣とソースツリー内を探しました)。</translation>
    </message>
    <message>
        <source>Could not create a folder in %1: %2</source>
        <translation>%1 にフォルダーを作成できませんでした: %2</translation>
    </message>
    <message>
        <source>Could not replace %1; it is still as it was.</source>
        <translation>%1 を置き換えられませんでした。元のままです。</translation>
    </message>
    <message>
        <source>Could not move the new copy to %1.</source>
        <translation>新しいコピーを %1 に移動できませんでした。</translation>
    </message>
</context>
<context>
    <name>Armlift::WorkshopPanel</name>
    <message>
        <source>Workshop cases</source>
        <translation>ワークショップのケース</translation>
    </message>
    <message>
        <source>Case explanation</source>
        <translation>ケースの説明</translation>
    </message>
    <message>
        <source>%1 (1 problem)</source>
        <translation>%1 (問題 1 件)</translation>
    </message>
    <message>
        <source>%1 (%2 problems)</source>
        <translation>%1 (問題 %2 件)</translation>
    </message>
    <message>
        <source>%1 (ready for arm64)</source>
        <translation>%1 (arm64 対応済み)</translation>
    </message>
</context>
<context>
    <name>BaseImageRule</name>
    <message>
        <source>base image without arm64</source>
        <translation>arm64 のないベースイメージ</translation>
    </message>
    <message>
        <source>A base image has no linux/arm64 variant.</source>
        <translation>ベースイメージに linux/arm64 バリアントがありません。</translation>
    </message>
    <message>
        <source>%1 has no linux/arm64 variant: pulling it on arm64 fails with “no matching manifest for linux/arm64/v8”.</source>
        <translation>%1 には linux/arm64 バリアントがありません: arm64 での pull は「no matching manifest for linux/arm64/v8」で失敗します。</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 を使う</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
</context>
<context>
    <name>BrowserDownloadRule</name>
    <message>
        <source>x86-64-only browser download</source>
        <translation>x86-64 専用のブラウザーダウンロード</translation>
    </message>
    <message>
        <source>A browser download that has no Linux arm64 build: Puppeteer&apos;s bundled Chrome or `playwright install chrome` (branded Google Chrome).</source>
        <translation>Linux arm64 ビルドのないブラウザーのダウンロード: Puppeteer 同梱の Chrome または `playwright install chrome` (Google Chrome ブランド版)。</translation>
    </message>
    <message>
        <source>puppeteer %1 downloads an x86-64 Chrome on Linux arm64, which cannot start there (first release that downloads an arm64 build: %2)</source>
        <translation>puppeteer %1 は Linux arm64 で x86-64 版の Chrome をダウンロードし、そこでは起動できません (arm64 ビルドをダウンロードする最初のリリース: %2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Use the distribution&apos;s %1 and skip Puppeteer&apos;s download</source>
        <translation>ディストリビューションの %1 を使い、Puppeteer のダウンロードを省略</translation>
    </message>
    <message>
        <source>playwright install %1 installs branded Google Chrome, which Playwright does not support on Linux arm64</source>
        <translation>playwright install %1 はブランド版の Google Chrome をインストールしますが、Playwright は Linux arm64 ではそれをサポートしていません</translation>
    </message>
    <message>
        <source>Install Playwright&apos;s Chromium instead</source>
        <translation>代わりに Playwright の Chromium をインストール</translation>
    </message>
    <message>
        <source>Remove channel: &apos;chrome&apos; from the browser launch options as well.</source>
        <translation>ブラウザーの起動オプションから channel: &apos;chrome&apos; も削除してください。</translation>
    </message>
</context>
<context>
    <name>BuildPlatformGoarchRule</name>
    <message>
        <source>Go binary built for the build machine</source>
        <translation>ビルドマシン向けにビルドされた Go バイナリ</translation>
    </message>
    <message>
        <source>A stage on $BUILDPLATFORM builds a Go binary without GOARCH and a later stage copies it: the image gets a binary for the build machine&apos;s architecture.</source>
        <translation>$BUILDPLATFORM 上のステージが GOARCH なしで Go バイナリをビルドし、後のステージがそれをコピーしています: イメージにはビルドマシンのアーキテクチャのバイナリが入ります。</translation>
    </message>
    <message>
        <source>go build runs on $BUILDPLATFORM without GOARCH: %1 is built for the build machine, and an arm64 image built on x86-64 gets an x86-64 binary (exec format error).</source>
        <translation>go build が GOARCH なしで $BUILDPLATFORM 上で実行されています: %1 はビルドマシン向けにビルドされ、x86-64 上でビルドした arm64 イメージには x86-64 バイナリが入ります (exec format error)。</translation>
    </message>
    <message>
        <source>FROM --platform=$BUILDPLATFORM runs this stage natively on the machine that builds, which is right for compiling, but Go then targets that machine unless GOOS/GOARCH say otherwise. BuildKit, buildah and podman set TARGETOS and TARGETARCH to the platform being built; declare them with ARG and pass them to go build.</source>
        <translation>FROM --platform=$BUILDPLATFORM はこのステージをビルドするマシン上でネイティブに実行します。コンパイルには適していますが、GOOS/GOARCH を指定しない限り Go はそのマシン向けにビルドします。BuildKit、buildah、podman は TARGETOS と TARGETARCH をビルド対象のプラットフォームに設定します。ARG で宣言して go build に渡してください。</translation>
    </message>
    <message>
        <source>Build for the target: GOOS=$TARGETOS GOARCH=$TARGETARCH</source>
        <translation>ターゲット向けにビルド: GOOS=$TARGETOS GOARCH=$TARGETARCH</translation>
    </message>
    <message>
        <source>CGO_ENABLED=0: cross-compiled Go has no C compiler for the target; nothing in the stage asks for cgo.</source>
        <translation>CGO_ENABLED=0: クロスコンパイルする Go にはターゲット向けの C コンパイラがありません。ステージ内に cgo を必要とするものはありません。</translation>
    </message>
    <message>
        <source>The stage uses cgo (%1): set CC to a cross compiler (aarch64-linux-gnu-gcc) with CGO_ENABLED=1, or use the tonistiigi/xx helpers (xx-go build).</source>
        <translation>このステージは cgo を使っています (%1): CGO_ENABLED=1 とともに CC をクロスコンパイラ (aarch64-linux-gnu-gcc) に設定するか、tonistiigi/xx ヘルパー (xx-go build) を使ってください。</translation>
    </message>
</context>
<context>
    <name>ConfluentKafkaRule</name>
    <message>
        <source>confluent-kafka without an aarch64 wheel</source>
        <translation>aarch64 wheel のない confluent-kafka</translation>
    </message>
    <message>
        <source>confluent-kafka below 2.1.0 builds from source on arm64 and needs librdkafka of the same version.</source>
        <translation>2.1.0 未満の confluent-kafka は arm64 ではソースからビルドされ、同じバージョンの librdkafka が必要です。</translation>
    </message>
    <message>
        <source>%1 has no aarch64 wheel: on arm64 pip compiles it against librdkafka of the same version, which the image does not have (first release with an aarch64 wheel: %2)</source>
        <translation>%1 には aarch64 wheel がありません: arm64 では pip が同じバージョンの librdkafka に対してコンパイルしますが、イメージにはそれがありません (aarch64 wheel のある最初のリリース: %2)</translation>
    </message>
    <message>
        <source>Keep %1: build librdkafka %2 and the package from source</source>
        <translation>%1 を維持: librdkafka %2 とパッケージをソースからビルド</translation>
    </message>
    <message>
        <source>Building from source is slow under emulation; pinning %1 or later avoids it.</source>
        <translation>エミュレーションではソースからのビルドが遅くなります。%1 以降に固定すれば避けられます。</translation>
    </message>
</context>
<context>
    <name>CpuLevelRule</name>
    <message>
        <source>image needs a newer arm64 CPU</source>
        <translation>新しい arm64 CPU が必要なイメージ</translation>
    </message>
    <message>
        <source>A base image needs ARMv8.2-A, but the project targets older arm64 cores (targetCpu).</source>
        <translation>ベースイメージには ARMv8.2-A が必要ですが、プロジェクトはそれより古い arm64 コアを対象にしています (targetCpu)。</translation>
    </message>
    <message>
        <source>The project&apos;s targetCpu (%1, in .armlift.json or .armlift.toml) names a core older than ARMv8.2-A. Source: %2; %3</source>
        <translation>プロジェクトの targetCpu (%1、.armlift.json または .armlift.toml 内) は ARMv8.2-A より古いコアを指定しています。出典: %2; %3</translation>
    </message>
    <message>
        <source>%1 needs an %2 CPU, but the project targets %3: the container dies with “Illegal instruction” (exit code 132) there.</source>
        <translation>%1 には %2 の CPU が必要ですが、プロジェクトは %3 を対象にしています: そこではコンテナが「Illegal instruction」(終了コード 132) で異常終了します。</translation>
    </message>
    <message>
        <source>Use %1 (runs on ARMv8.0-A cores)</source>
        <translation>%1 を使う (ARMv8.0-A コアで動作)</translation>
    </message>
    <message>
        <source>This is an older major release: check that the application works with it, or run this service on an ARMv8.2-A machine (Graviton 2 or later, Ampere, Apple silicon).</source>
        <translation>これは古いメジャーリリースです: アプリケーションが動作するか確認するか、このサービスを ARMv8.2-A のマシン (Graviton 2 以降、Ampere、Apple シリコン) で実行してください。</translation>
    </message>
</context>
<context>
    <name>CrossCompileRule</name>
    <message>
        <source>Go build stage runs under emulation</source>
        <translation>Go のビルドステージがエミュレーションで実行される</translation>
    </message>
    <message>
        <source>A Go build stage whose output is only copied can run natively on $BUILDPLATFORM and cross-compile for the target instead of running the compiler under emulation.</source>
        <translation>出力をコピーするだけの Go ビルドステージは、コンパイラをエミュレーションで動かす代わりに $BUILDPLATFORM 上でネイティブに実行し、ターゲット向けにクロスコンパイルできます。</translation>
    </message>
    <message>
        <source>When the image is built for another architecture (docker buildx build --platform linux/arm64 on an x86-64 machine, or the reverse), every RUN of this stage runs under QEMU emulation, and compilers are the slowest thing to emulate: the migration talk measured 22m27s emulated against 3m01s native for the same image. The stage&apos;s files are only copied into later stages, so it can run on the build machine (FROM --platform=$BUILDPLATFORM) and let Go cross-compile with GOOS=$TARGETOS GOARCH=$TARGETARCH; the final stage stays on the target platform. BUILDPLATFORM, TARGETOS and TARGETARCH are set by BuildKit, buildah and podman.</source>
        <translation>別のアーキテクチャ向けにイメージをビルドすると (x86-64 マシンでの docker buildx build --platform linux/arm64、またはその逆)、このステージのすべての RUN が QEMU エミュレーションで実行され、コンパイラはエミュレーションで最も遅いものです: 移行トークでは同じイメージでエミュレーション 22m27s、ネイティブ 3m01s と計測されました。このステージのファイルは後のステージにコピーされるだけなので、ビルドマシン上で実行し (FROM --platform=$BUILDPLATFORM)、GOOS=$TARGETOS GOARCH=$TARGETARCH で Go にクロスコンパイルさせることができます。最後のステージはターゲットプラットフォームのままです。BUILDPLATFORM、TARGETOS、TARGETARCH は BuildKit、buildah、podman が設定します。</translation>
    </message>
    <message>
        <source>The stage uses cgo (%1): cross-compiling needs a C compiler for the target, e.g. gcc-aarch64-linux-gnu with CC=aarch64-linux-gnu-gcc CGO_ENABLED=1, or the tonistiigi/xx helpers (xx-apt-get install gcc libc6-dev, then xx-go build).</source>
        <translation>このステージは cgo を使っています (%1): クロスコンパイルにはターゲット向けの C コンパイラが必要です。例: CC=aarch64-linux-gnu-gcc CGO_ENABLED=1 とともに gcc-aarch64-linux-gnu、または tonistiigi/xx ヘルパー (xx-apt-get install gcc libc6-dev の後に xx-go build)。</translation>
    </message>
    <message>
        <source>`go install` of the project writes cross-compiled binaries to $GOPATH/bin/linux_arm64/ (and refuses when GOBIN is set), so the COPY --from path would change: use go build -o with the path the later stage copies.</source>
        <translation>プロジェクトの `go install` はクロスコンパイルしたバイナリを $GOPATH/bin/linux_arm64/ に書き込み (GOBIN が設定されていると拒否します)、COPY --from のパスが変わってしまいます: 後のステージがコピーするパスを指定して go build -o を使ってください。</translation>
    </message>
    <message>
        <source>The stage already selects something by TARGETARCH/TARGETPLATFORM besides GOARCH; on $BUILDPLATFORM tools it downloads must use BUILDARCH (they run on the build machine).</source>
        <translation>このステージは GOARCH 以外にもすでに TARGETARCH/TARGETPLATFORM で何かを選択しています。$BUILDPLATFORM 上でダウンロードするツールは BUILDARCH を使う必要があります (ビルドマシン上で動くため)。</translation>
    </message>
    <message>
        <source>The stage is built FROM another stage; move that stage to $BUILDPLATFORM instead.</source>
        <translation>このステージは別のステージから FROM でビルドされています。代わりにそのステージを $BUILDPLATFORM に移してください。</translation>
    </message>
    <message>
        <source>Stage %1 compiles Go under emulation when building for another architecture; its output is only copied, so it can build natively on $BUILDPLATFORM and cross-compile.</source>
        <translation>ステージ %1 は別のアーキテクチャ向けにビルドすると Go をエミュレーションでコンパイルします。出力はコピーされるだけなので、$BUILDPLATFORM 上でネイティブにビルドしてクロスコンパイルできます。</translation>
    </message>
    <message>
        <source>Armlift does not rewrite this stage:</source>
        <translation>Armlift はこのステージを書き換えません:</translation>
    </message>
    <message>
        <source>Cross-compile stage %1 on $BUILDPLATFORM (GOOS/GOARCH from TARGETOS/TARGETARCH)</source>
        <translation>ステージ %1 を $BUILDPLATFORM 上でクロスコンパイル (GOOS/GOARCH は TARGETOS/TARGETARCH から)</translation>
    </message>
    <message>
        <source>CGO_ENABLED=0 builds a static binary without C code: nothing in the stage asks for cgo (no C toolchain installed, no CGO_ENABLED=1, no cgo module in go.mod). If the build then reports &quot;build constraints exclude all Go files&quot;, the code needs cgo and a C cross compiler (see the rule&apos;s page).</source>
        <translation>CGO_ENABLED=0 は C コードなしの静的バイナリをビルドします: ステージ内に cgo を必要とするものはありません (C ツールチェーンなし、CGO_ENABLED=1 なし、go.mod に cgo モジュールなし)。その後ビルドが &quot;build constraints exclude all Go files&quot; を報告した場合、コードには cgo と C クロスコンパイラが必要です (ルールのページを参照)。</translation>
    </message>
</context>
<context>
    <name>CudaOnlyPackageRule</name>
    <message>
        <source>CUDA-only Python package</source>
        <translation>CUDA 専用の Python パッケージ</translation>
    </message>
    <message>
        <source>A CUDA-only package has no arm64 Linux wheel; the arm64 builds of these frameworks are CPU only.</source>
        <translation>CUDA 専用パッケージには arm64 Linux wheel がありません。これらのフレームワークの arm64 ビルドは CPU 専用です。</translation>
    </message>
    <message>
        <source>%1 is a CUDA-only build with no arm64 Linux wheel</source>
        <translation>%1 は arm64 Linux wheel のない CUDA 専用ビルドです</translation>
    </message>
    <message>
        <source>%1 is a CUDA-only build with no arm64 Linux wheel; use the CPU package %2 on arm64</source>
        <translation>%1 は arm64 Linux wheel のない CUDA 専用ビルドです。arm64 では CPU パッケージ %2 を使ってください</translation>
    </message>
    <message>
        <source>These wheels exist for x86_64 only: pip finds no distribution on arm64, and TensorFlow for arm64 is not built with CUDA support for NVIDIA GPUs. The CPU package runs on arm64 (Graviton, Ampere, Apple silicon); GPU work needs a platform-specific build (e.g. NVIDIA&apos;s Jetson or Grace containers). Source: %1</source>
        <translation>これらの wheel は x86_64 向けしかありません: arm64 では pip がディストリビューションを見つけられず、arm64 向けの TensorFlow は NVIDIA GPU 用の CUDA サポート付きでビルドされていません。CPU パッケージは arm64 (Graviton、Ampere、Apple シリコン) で動作します。GPU を使う処理にはプラットフォーム固有のビルド (例: NVIDIA の Jetson または Grace コンテナ) が必要です。出典: %1</translation>
    </message>
    <message>
        <source>Use the CPU package %1</source>
        <translation>CPU パッケージ %1 を使う</translation>
    </message>
</context>
<context>
    <name>EmulationCostRule</name>
    <message>
        <source>compiles under emulation</source>
        <translation>エミュレーションでコンパイル</translation>
    </message>
    <message>
        <source>A RUN step compiles or installs from source in a stage that runs under QEMU emulation when the image is built for another architecture.</source>
        <translation>別のアーキテクチャ向けにイメージをビルドすると QEMU エミュレーションで動くステージで、RUN ステップがソースからコンパイルまたはインストールしています。</translation>
    </message>
    <message>
        <source>This RUN step compiles from source (%1): building the image for another architecture runs it under QEMU emulation, several times slower than natively.</source>
        <translation>この RUN ステップはソースからコンパイルします (%1): 別のアーキテクチャ向けにイメージをビルドすると QEMU エミュレーションで実行され、ネイティブより数倍遅くなります。</translation>
    </message>
    <message>
        <source>Emulation translates every instruction of the compiler: the migration talk built the same image in 22m27s under emulation and in 3m01s natively on arm64. Build on a native arm64 machine or runner (docker buildx with a remote arm64 node, ubuntu-24.04-arm in GitHub Actions), or move compilation into a stage on $BUILDPLATFORM that cross-compiles. Use prebuilt packages (distribution packages, wheels, release binaries) where they exist.</source>
        <translation>エミュレーションはコンパイラの命令を 1 つずつ変換します: 移行トークでは同じイメージのビルドがエミュレーションで 22m27s、arm64 ネイティブで 3m01s でした。ネイティブの arm64 マシンまたはランナー (リモート arm64 ノードを使う docker buildx、GitHub Actions の ubuntu-24.04-arm) でビルドするか、コンパイルをクロスコンパイルする $BUILDPLATFORM 上のステージに移してください。ビルド済みパッケージ (ディストリビューションのパッケージ、wheel、リリースバイナリ) があればそれを使ってください。</translation>
    </message>
    <message>
        <source>This stage&apos;s output is only copied, so it can run on $BUILDPLATFORM with a cross toolchain: Rust: rustup target add aarch64-unknown-linux-gnu and cargo build --target aarch64-unknown-linux-gnu with the linker aarch64-linux-gnu-gcc (or cargo-zigbuild); C/C++: gcc-aarch64-linux-gnu (CC=aarch64-linux-gnu-gcc) or a CMake toolchain file with CMAKE_SYSTEM_PROCESSOR=aarch64; Node native modules: npm_config_arch=arm64 with CC/CXX set to the cross compiler; the tonistiigi/xx helpers (xx-apt-get, xx-clang, xx-cargo, xx-go) wrap these for every TARGETPLATFORM.</source>
        <translation>このステージの出力はコピーされるだけなので、クロスツールチェーンを使って $BUILDPLATFORM 上で実行できます: Rust: rustup target add aarch64-unknown-linux-gnu と、リンカー aarch64-linux-gnu-gcc を使った cargo build --target aarch64-unknown-linux-gnu (または cargo-zigbuild)。C/C++: gcc-aarch64-linux-gnu (CC=aarch64-linux-gnu-gcc) または CMAKE_SYSTEM_PROCESSOR=aarch64 の CMake ツールチェーンファイル。Node のネイティブモジュール: CC/CXX をクロスコンパイラに設定して npm_config_arch=arm64。tonistiigi/xx ヘルパー (xx-apt-get、xx-clang、xx-cargo、xx-go) はこれらをすべての TARGETPLATFORM 向けにまとめています。</translation>
    </message>
</context>
<context>
    <name>FromPlatformRule</name>
    <message>
        <source>constant FROM --platform</source>
        <translation>定数の FROM --platform</translation>
    </message>
    <message>
        <source>A stage is pinned to an x86 platform with a constant FROM --platform.</source>
        <translation>ステージが定数の FROM --platform で x86 プラットフォームに固定されています。</translation>
    </message>
    <message>
        <source>--platform=%1 pins this stage to x86: on arm64 it runs under emulation, slowly, and its binaries are x86 binaries.</source>
        <translation>--platform=%1 はこのステージを x86 に固定します: arm64 ではエミュレーションで低速に動作し、そのバイナリは x86 バイナリになります。</translation>
    </message>
    <message>
        <source>Remove the flag so the stage builds for the target platform. For a stage whose output is only copied into later stages, --platform=$BUILDPLATFORM runs it natively on the build machine; cross-compile there with TARGETARCH.</source>
        <translation>ステージがターゲットプラットフォーム向けにビルドされるようフラグを削除してください。出力を後のステージにコピーするだけのステージなら、--platform=$BUILDPLATFORM でビルドマシン上でネイティブに実行し、そこで TARGETARCH を使ってクロスコンパイルします。</translation>
    </message>
    <message>
        <source>Remove --platform=%1</source>
        <translation>--platform=%1 を削除</translation>
    </message>
    <message>
        <source>Run this build-only stage on $BUILDPLATFORM</source>
        <translation>このビルド専用ステージを $BUILDPLATFORM で実行</translation>
    </message>
    <message>
        <source>Binaries built in this stage must then be cross-compiled for $TARGETARCH (e.g. GOARCH=$TARGETARCH after ARG TARGETARCH).</source>
        <translation>このステージでビルドするバイナリは $TARGETARCH 向けにクロスコンパイルする必要があります (例: ARG TARGETARCH の後で GOARCH=$TARGETARCH)。</translation>
    </message>
</context>
<context>
    <name>GemManifests</name>
    <message>
        <source>%1: no GEM specs or PLATFORMS section found</source>
        <translation>%1: GEM specs または PLATFORMS セクションが見つかりません</translation>
    </message>
</context>
<context>
    <name>GoAmd64BuildRule</name>
    <message>
        <source>Go build pinned to amd64</source>
        <translation>amd64 に固定された Go ビルド</translation>
    </message>
    <message>
        <source>`go build/test -tags amd64` compiles amd64 assembly, and a hard-coded GOARCH=amd64 builds x86 binaries.</source>
        <translation>`go build/test -tags amd64` は amd64 アセンブリをコンパイルし、ハードコードされた GOARCH=amd64 は x86 バイナリをビルドします。</translation>
    </message>
    <message>
        <source>BuildKit sets TARGETARCH to the architecture being built (amd64, arm64); a stage sees it after `ARG TARGETARCH`. A fixed GOARCH=amd64 produces x86-64 binaries that fail with &quot;exec format error&quot; on arm64.</source>
        <translation>BuildKit は TARGETARCH をビルド中のアーキテクチャ (amd64、arm64) に設定します。ステージからは `ARG TARGETARCH` の後で参照できます。GOARCH=amd64 に固定すると x86-64 バイナリが作られ、arm64 では &quot;exec format error&quot; で失敗します。</translation>
    </message>
    <message>
        <source>GOARCH=amd64 is hard-coded: the Go binaries are built for x86-64 on every platform</source>
        <translation>GOARCH=amd64 がハードコードされています: Go バイナリはどのプラットフォームでも x86-64 向けにビルドされます</translation>
    </message>
    <message>
        <source>Build for the target architecture: GOARCH=${TARGETARCH}</source>
        <translation>ターゲットアーキテクチャ向けにビルド: GOARCH=${TARGETARCH}</translation>
    </message>
    <message>
        <source>-tags amd64 makes Go compile the amd64 assembly files (*_amd64.s), which fail on arm64</source>
        <translation>-tags amd64 により Go は amd64 のアセンブリファイル (*_amd64.s) をコンパイルし、arm64 では失敗します</translation>
    </message>
    <message>
        <source>With the amd64 tag the toolchain includes files for amd64 on every architecture, so on arm64 the assembler stops with &quot;unrecognized instruction&quot; (BTQ, SETCS, BYTE). Libraries that ship assembly provide a pure-Go fallback behind the purego tag (//go:build purego || !amd64). Source: talk case 5.</source>
        <translation>amd64 タグを付けると、ツールチェーンはどのアーキテクチャでも amd64 用のファイルを含めるため、arm64 ではアセンブラが &quot;unrecognized instruction&quot; (BTQ、SETCS、BYTE) で停止します。アセンブリを含むライブラリは purego タグの背後に pure Go のフォールバックを用意しています (//go:build purego || !amd64)。出典: トークのケース 5。</translation>
    </message>
    <message>
        <source>Remove the amd64 tag</source>
        <translation>amd64 タグを削除</translation>
    </message>
    <message>
        <source>Use the pure-Go code: -tags purego</source>
        <translation>pure Go のコードを使う: -tags purego</translation>
    </message>
    <message>
        <source>GOFLAGS sets -tags amd64 for every go command, which then compiles the amd64 assembly files (*_amd64.s) that fail on arm64</source>
        <translation>GOFLAGS がすべての go コマンドに -tags amd64 を設定するため、arm64 では失敗する amd64 アセンブリファイル (*_amd64.s) がコンパイルされます</translation>
    </message>
    <message>
        <source>GOFLAGS holds default flags of the go command, so its -tags=amd64 acts like `go build -tags amd64`: on arm64 the assembler stops with &quot;unrecognized instruction&quot;. Libraries with assembly provide a pure-Go fallback behind the purego tag. Source: talk case 5; https://pkg.go.dev/cmd/go#hdr-Environment_variables (GOFLAGS).</source>
        <translation>GOFLAGS は go コマンドの既定フラグを保持するため、その -tags=amd64 は `go build -tags amd64` と同じように働きます: arm64 ではアセンブラが &quot;unrecognized instruction&quot; で停止します。アセンブリを含むライブラリは purego タグの背後に純粋な Go のフォールバックを用意しています。出典: 講演のケース 5; https://pkg.go.dev/cmd/go#hdr-Environment_variables (GOFLAGS)。</translation>
    </message>
</context>
<context>
    <name>GoTarballRule</name>
    <message>
        <source>Go amd64 tarball</source>
        <translation>Go の amd64 tarball</translation>
    </message>
    <message>
        <source>A Go release tarball for linux-amd64 is installed on every architecture.</source>
        <translation>linux-amd64 向けの Go リリース tarball がすべてのアーキテクチャでインストールされています。</translation>
    </message>
    <message>
        <source>%1 is the amd64 build of Go: the go command it installs cannot run on arm64.</source>
        <translation>%1 は Go の amd64 ビルドです: これがインストールする go コマンドは arm64 では実行できません。</translation>
    </message>
    <message>
        <source>Name the tarball go&lt;version&gt;.linux-${TARGETARCH}.tar.gz and declare `ARG TARGETARCH` in the stage, so BuildKit fetches the build of the platform being built (amd64 or arm64).</source>
        <translation>tarball の名前を go&lt;version&gt;.linux-${TARGETARCH}.tar.gz にし、ステージで `ARG TARGETARCH` を宣言してください。そうすれば BuildKit がビルド対象プラットフォーム (amd64 または arm64) のビルドを取得します。</translation>
    </message>
    <message>
        <source>The sha256 checksum checked in this stage belongs to the amd64 tarball: replace it with the checksum of the arm64 tarball from https://go.dev/dl/.</source>
        <translation>このステージで確認している sha256 チェックサムは amd64 tarball のものです: https://go.dev/dl/ の arm64 tarball のチェックサムに置き換えてください。</translation>
    </message>
    <message>
        <source>The sha256 checksum on line %1 belongs to the amd64 tarball and must be updated with it.</source>
        <translation>%1 行目の sha256 チェックサムは amd64 tarball のもので、一緒に更新する必要があります。</translation>
    </message>
    <message>
        <source>Download go%1.linux-${TARGETARCH}.tar.gz and choose its sha256 by TARGETARCH</source>
        <translation>go%1.linux-${TARGETARCH}.tar.gz をダウンロードし、sha256 を TARGETARCH で選択</translation>
    </message>
    <message>
        <source>Use ${TARGETARCH} in the tarball name (builds for amd64 and arm64)</source>
        <translation>tarball 名で ${TARGETARCH} を使う (amd64 と arm64 の両方でビルド)</translation>
    </message>
    <message>
        <source>Download the arm64 tarball (%1)</source>
        <translation>arm64 tarball をダウンロード (%1)</translation>
    </message>
</context>
<context>
    <name>JsonTree</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
</context>
<context>
    <name>KnowledgeBase</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み取れません: %2</translation>
    </message>
    <message>
        <source>%1:%2: invalid JSON: %3</source>
        <translation>%1:%2: 無効な JSON: %3</translation>
    </message>
</context>
<context>
    <name>LockPlatformRule</name>
    <message>
        <source>Gemfile.lock without aarch64-linux</source>
        <translation>aarch64-linux のない Gemfile.lock</translation>
    </message>
    <message>
        <source>Gemfile.lock pins platform-specific gems but its PLATFORMS section has no aarch64-linux entry.</source>
        <translation>Gemfile.lock はプラットフォーム固有の gem を固定していますが、PLATFORMS セクションに aarch64-linux がありません。</translation>
    </message>
    <message>
        <source>Run “%1” on any machine and commit the updated lockfile: it adds the aarch64-linux variants of the platform gems.</source>
        <translation>任意のマシンで「%1」を実行し、更新されたロックファイルをコミットしてください: プラットフォーム gem の aarch64-linux 版が追加されます。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>%1 supports only %2 but pins platform gems (%3): add aarch64-linux with “%4”</source>
        <translation>%1 は %2 のみをサポートしていますが、プラットフォーム gem (%3) を固定しています: 「%4」で aarch64-linux を追加してください</translation>
    </message>
</context>
<context>
    <name>LseAtomicsRule</name>
    <message>
        <source>Atomics-heavy build without LSE</source>
        <translation>LSE なしのアトミック操作の多いビルド</translation>
    </message>
    <message>
        <source>PostgreSQL and similar atomics-heavy code built with GCC older than 10 uses slow load/store-exclusive loops on arm64 instead of LSE atomics.</source>
        <translation>GCC 10 より古いコンパイラでビルドした PostgreSQL などのアトミック操作の多いコードは、arm64 で LSE アトミックの代わりに遅い load/store-exclusive ループを使います。</translation>
    </message>
    <message>
        <source>%1 is compiled with GCC %2 (%3), which emits no LSE atomics for arm64: add -moutline-atomics</source>
        <translation>%1 は GCC %2 (%3) でコンパイルされ、arm64 向けの LSE アトミックを生成しません: -moutline-atomics を追加してください</translation>
    </message>
    <message>
        <source>GCC enables outline atomics (LSE on CPUs that have it) by default only from %1. Older compilers use load/store-exclusive loops, which are much slower under contention on many-core arm64 servers. -moutline-atomics exists from GCC %2; with an older compiler use a newer base image or -march=armv8.2-a (only for CPUs with LSE). Sources: %3; %4</source>
        <translation>GCC がアウトラインアトミック (対応 CPU では LSE) を既定で有効にするのは %1 以降です。それより古いコンパイラは load/store-exclusive ループを使い、多コアの arm64 サーバーでは競合時に大幅に遅くなります。-moutline-atomics は GCC %2 から使えます。それより古いコンパイラでは新しいベースイメージか -march=armv8.2-a (LSE 対応 CPU のみ) を使ってください。出典: %3; %4</translation>
    </message>
    <message>
        <source>Compile %1 with -moutline-atomics</source>
        <translation>%1 を -moutline-atomics でコンパイル</translation>
    </message>
</context>
<context>
    <name>MinimumVersionRule</name>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Pin %1 %2 (first release with an aarch64 wheel)</source>
        <translation>%1 を %2 に固定 (aarch64 wheel のある最初のリリース)</translation>
    </message>
</context>
<context>
    <name>NativeGemRule</name>
    <message>
        <source>gem without an aarch64-linux build</source>
        <translation>aarch64-linux ビルドのない gem</translation>
    </message>
    <message>
        <source>A gem has no aarch64-linux native gem at the installed version (or its source build fails on aarch64), so bundle install compiles it or fails on arm64.</source>
        <translation>インストールされるバージョンの gem に aarch64-linux のネイティブ gem がない (またはソースビルドが aarch64 で失敗する) ため、arm64 では bundle install がコンパイルするか失敗します。</translation>
    </message>
    <message>
        <source>Run “bundle update %1” so that %2 follows.</source>
        <translation>%2 も追従するよう「bundle update %1」を実行してください。</translation>
    </message>
    <message>
        <source>The lockfile resolves this version: run “bundle update %1” (after relaxing the Gemfile constraint of the gem that needs it).</source>
        <translation>ロックファイルがこのバージョンを解決しています: (それを必要とする gem の Gemfile の制約を緩めてから)「bundle update %1」を実行してください。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>%1 does not install on aarch64 Linux in any version</source>
        <translation>%1 はどのバージョンでも aarch64 Linux にインストールできません</translation>
    </message>
    <message>
        <source>%1 has no aarch64-linux native gem: bundle install compiles it on arm64 (first release with one: %2)</source>
        <translation>%1 には aarch64-linux のネイティブ gem がありません: arm64 では bundle install がコンパイルします (ある最初のリリース: %2)</translation>
    </message>
    <message>
        <source>%1 has no working aarch64-linux build: bundle install compiles it on arm64</source>
        <translation>%1 には動作する aarch64-linux ビルドがありません: arm64 では bundle install がコンパイルします</translation>
    </message>
    <message>
        <source>Require %1 %2 or later (first release with an aarch64-linux gem)</source>
        <translation>%1 %2 以降を要求 (aarch64-linux gem のある最初のリリース)</translation>
    </message>
    <message>
        <source>Replace %1 with %2</source>
        <translation>%1 を %2 に置き換え</translation>
    </message>
    <message>
        <source>Drop version constraints of %1 that do not apply to %2.</source>
        <translation>%2 に該当しない %1 のバージョン制約を削除します。</translation>
    </message>
    <message>
        <source>Keep %1 and install what building it needs (%2)</source>
        <translation>%1 を維持し、ビルドに必要なもの (%2) をインストール</translation>
    </message>
</context>
<context>
    <name>NativeNpmRule</name>
    <message>
        <source>npm package without a linux-arm64 binary</source>
        <translation>linux-arm64 バイナリのない npm パッケージ</translation>
    </message>
    <message>
        <source>An npm package downloads a prebuilt native binary that does not exist for linux-arm64 at the installed version, so the install fails or compiles from source on arm64.</source>
        <translation>npm パッケージが、インストールされるバージョンでは linux-arm64 向けに存在しないビルド済みネイティブバイナリをダウンロードするため、arm64 ではインストールが失敗するかソースからコンパイルされます。</translation>
    </message>
    <message>
        <source>(locked: %1)</source>
        <translation>(ロック中: %1)</translation>
    </message>
    <message>
        <source>%1 has no linux-arm64 binary in any version: its install fails on arm64</source>
        <translation>%1 にはどのバージョンにも linux-arm64 バイナリがありません: arm64 ではインストールが失敗します</translation>
    </message>
    <message>
        <source>%1 has no linux-arm64 prebuilt binary: npm compiles it from source on arm64 (first good release: %2)</source>
        <translation>%1 にはビルド済みの linux-arm64 バイナリがありません: arm64 では npm がソースからコンパイルします (最初の良いリリース: %2)</translation>
    </message>
    <message>
        <source>%1 has no linux-arm64 prebuilt binary: npm compiles it from source on arm64</source>
        <translation>%1 にはビルド済みの linux-arm64 バイナリがありません: arm64 では npm がソースからコンパイルします</translation>
    </message>
    <message>
        <source>The lockfile resolves this version for another package that depends on it: update it (npm update %1, or an &quot;overrides&quot; entry) and rebuild the lockfile.</source>
        <translation>ロックファイルは、これに依存する別のパッケージ向けにこのバージョンを解決しています: そのパッケージを更新し (npm update %1、または &quot;overrides&quot; エントリ)、ロックファイルを再生成してください。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Replace %1 with %2</source>
        <translation>%1 を %2 に置き換え</translation>
    </message>
    <message>
        <source>Use %1 %2 (first release with a linux-arm64 binary)</source>
        <translation>%1 %2 を使う (linux-arm64 バイナリのある最初のリリース)</translation>
    </message>
    <message>
        <source>Keep %1 and install what building it needs (%2)</source>
        <translation>%1 を維持し、ビルドに必要なもの (%2) をインストール</translation>
    </message>
    <message>
        <source>%1: %2 still pins %3, which package.json no longer allows: run “%4” so the lockfile follows (a clean install refuses it as it is)</source>
        <translation>%1: %2 はまだ %3 に固定していますが、package.json はもうそれを許しません: ロックファイルを追従させるには「%4」を実行してください (このままではクリーンインストールが拒否します)</translation>
    </message>
    <message>
        <source>Run “%1” to update %2 before building: a clean install refuses a lockfile that does not match package.json. Armlift does not edit the lockfile: its entries carry the download URL and integrity hash of the old release.</source>
        <translation>ビルドの前に「%1」を実行して %2 を更新してください: package.json と一致しないロックファイルはクリーンインストールで拒否されます。Armlift はロックファイルを編集しません: そのエントリには古いリリースのダウンロード URL と integrity ハッシュが入っているためです。</translation>
    </message>
    <message>
        <source>Replace %1 with %2 in package.json, then run “%3”</source>
        <translation>package.json の %1 を %2 に置き換えてから「%3」を実行</translation>
    </message>
    <message>
        <source>Use %1 %2 in package.json (first release with a linux-arm64 binary), then run “%3”</source>
        <translation>package.json で %1 %2 を使用 (linux-arm64 バイナリのある最初のリリース) してから「%3」を実行</translation>
    </message>
</context>
<context>
    <name>NoLinuxWheelRule</name>
    <message>
        <source>Python package without Linux wheels</source>
        <translation>Linux wheel のない Python パッケージ</translation>
    </message>
    <message>
        <source>A package that always builds from source on Linux is installed without its build dependencies.</source>
        <translation>Linux では常にソースからビルドされるパッケージが、ビルド依存関係なしでインストールされています。</translation>
    </message>
    <message>
        <source>%1 publishes no Linux wheels: pip compiles it, but this stage does not install %2</source>
        <translation>%1 は Linux wheel を公開していません: pip がコンパイルしますが、このステージは %2 をインストールしていません</translation>
    </message>
    <message>
        <source>%1 is built from source on every Linux architecture, so the image needs a C compiler, the client library headers and pkg-config before pip runs. Source: %2</source>
        <translation>%1 はどの Linux アーキテクチャでもソースからビルドされるため、pip の実行前にイメージに C コンパイラ、クライアントライブラリのヘッダー、pkg-config が必要です。出典: %2</translation>
    </message>
</context>
<context>
    <name>NodeModulesRule</name>
    <message>
        <source>node_modules from another platform</source>
        <translation>別のプラットフォームの node_modules</translation>
    </message>
    <message>
        <source>node_modules comes into the image from the build context (or the lockfile lacks the linux-arm64 optional package) while the project uses packages with platform-specific native code.</source>
        <translation>プロジェクトがプラットフォーム固有のネイティブコードを含むパッケージを使っているのに、node_modules がビルドコンテキストからイメージに入っています (またはロックファイルに linux-arm64 のオプションパッケージがありません)。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>Install the dependencies inside the image (npm ci) and keep the host&apos;s node_modules out of the build context. </source>
        <translation>依存関係はイメージ内でインストールし (npm ci)、ホストの node_modules をビルドコンテキストから除外してください。</translation>
    </message>
    <message>
        <source>node_modules is copied from the build context: its native packages (%1) were installed for the host&apos;s platform and do not load on linux/arm64</source>
        <translation>node_modules がビルドコンテキストからコピーされています: そのネイティブパッケージ (%1) はホストのプラットフォーム向けにインストールされたもので、linux/arm64 では読み込めません</translation>
    </message>
    <message>
        <source>This copies the whole project, including a local %1 (no .dockerignore entry): its native packages (%2) were installed for the host&apos;s platform and replace the ones built in the image</source>
        <translation>これはローカルの %1 (.dockerignore に記載なし) を含むプロジェクト全体をコピーします: そのネイティブパッケージ (%2) はホストのプラットフォーム向けにインストールされたもので、イメージ内でビルドしたものを置き換えてしまいます</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 を %2 に追加</translation>
    </message>
    <message>
        <source>Also replace this COPY with an install in the image (COPY package.json and the lockfile, then RUN npm ci).</source>
        <translation>この COPY も、イメージ内でのインストールに置き換えてください (package.json とロックファイルを COPY してから RUN npm ci)。</translation>
    </message>
    <message>
        <source>%1 lists %2&apos;s native packages for other platforms but not %3: a clean install on linux/arm64 leaves %2 without its binary</source>
        <translation>%1 には他のプラットフォーム向けの %2 のネイティブパッケージがありますが、%3 向けはありません: linux/arm64 でクリーンインストールすると %2 のバイナリがありません</translation>
    </message>
    <message>
        <source>npm sometimes drops the optional packages of other platforms when it writes the lockfile (npm/cli#4828). Regenerate the lockfile with a current npm (delete it and node_modules, run npm install) or add %1 to optionalDependencies.</source>
        <translation>npm はロックファイルを書き込むときに他のプラットフォームのオプションパッケージを落とすことがあります (npm/cli#4828)。最新の npm でロックファイルを再生成する (ロックファイルと node_modules を削除して npm install を実行) か、%1 を optionalDependencies に追加してください。</translation>
    </message>
    <message>
        <source>Create %1 with %2</source>
        <translation>%2 を記載した %1 を作成</translation>
    </message>
</context>
<context>
    <name>NpmManifests</name>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: JSON オブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>OldGoVersionRule</name>
    <message>
        <source>Go older than 1.18</source>
        <translation>1.18 より古い Go</translation>
    </message>
    <message>
        <source>Go before 1.18 passes arguments on the stack on arm64; 1.18 and later use registers and run faster.</source>
        <translation>1.18 より前の Go は arm64 で引数をスタック経由で渡します。1.18 以降はレジスタを使い、高速に動作します。</translation>
    </message>
    <message>
        <source>Go %1 predates the register-based calling convention on arm64 (Go %2): upgrading makes the programs faster</source>
        <translation>Go %1 は arm64 のレジスタベース呼び出し規約 (Go %2) より前のバージョンです: アップグレードするとプログラムが速くなります</translation>
    </message>
    <message>
        <source>Go %1 extended the register-based calling convention to 64-bit ARM; its release notes report 10% or more CPU performance, and the migration talk cites up to 20% on arm64. Source: %2</source>
        <translation>Go %1 はレジスタベースの呼び出し規約を 64 ビット ARM に拡張しました。リリースノートでは CPU 性能が 10% 以上向上したとされ、移行トークでは arm64 で最大 20% とされています。出典: %2</translation>
    </message>
    <message>
        <source>Use Go %1</source>
        <translation>Go %1 を使う</translation>
    </message>
    <message>
        <source>The checksum of the tarball changes too: update it from https://go.dev/dl/.</source>
        <translation>tarball のチェックサムも変わります: https://go.dev/dl/ から更新してください。</translation>
    </message>
    <message>
        <source>Use golang:%1</source>
        <translation>golang:%1 を使う</translation>
    </message>
    <message>
        <source>The %1 variant is not published for Go %2; check the image&apos;s OS packages.</source>
        <translation>%1 バリアントは Go %2 向けには公開されていません。イメージの OS パッケージを確認してください。</translation>
    </message>
    <message>
        <source>Require Go %1 in go.mod</source>
        <translation>go.mod で Go %1 を要求</translation>
    </message>
    <message>
        <source>Run `go mod tidy` afterwards: from go 1.17 on, go.mod also lists indirect dependencies.</source>
        <translation>その後 `go mod tidy` を実行してください: go 1.17 以降、go.mod には間接依存関係も記載されます。</translation>
    </message>
</context>
<context>
    <name>OldWheelRule</name>
    <message>
        <source>Python package without an aarch64 wheel</source>
        <translation>aarch64 wheel のない Python パッケージ</translation>
    </message>
    <message>
        <source>A Python package is pinned below its first release with an aarch64 wheel, so pip builds it from source on arm64.</source>
        <translation>Python パッケージが aarch64 wheel のある最初のリリースより前に固定されているため、arm64 では pip がソースからビルドします。</translation>
    </message>
    <message>
        <source>pip finds no wheel for aarch64 and downloads the source distribution, which needs a C compiler and the Python headers on arm64 (and builds slowly under emulation). %1 is the first release with a manylinux aarch64 wheel.</source>
        <translation>pip は aarch64 向けの wheel を見つけられずソース配布物をダウンロードします。arm64 では C コンパイラと Python ヘッダーが必要で、エミュレーションではビルドが遅くなります。%1 は manylinux aarch64 wheel のある最初のリリースです。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>%1 has no aarch64 wheel: pip builds it from source on arm64 (first release with an aarch64 wheel: %2)</source>
        <translation>%1 には aarch64 wheel がありません: arm64 では pip がソースからビルドします (aarch64 wheel のある最初のリリース: %2)</translation>
    </message>
    <message>
        <source>Pin %1 %2 (first release with an aarch64 wheel)</source>
        <translation>%1 を %2 に固定 (aarch64 wheel のある最初のリリース)</translation>
    </message>
    <message>
        <source>Keep %1 and install what building it needs (%2)</source>
        <translation>%1 を維持し、ビルドに必要なもの (%2) をインストール</translation>
    </message>
    <message>
        <source>Install the distribution package %1 instead of %2</source>
        <translation>%2 の代わりにディストリビューションのパッケージ %1 をインストール</translation>
    </message>
    <message>
        <source>The distribution&apos;s version may differ from the pinned one; check that it suits the application.</source>
        <translation>ディストリビューションのバージョンは固定したものと異なる場合があります。アプリケーションに適しているか確認してください。</translation>
    </message>
    <message>
        <source>%1 has no aarch64 wheel for Python %2 (inferred from the base image %3): pip builds it from source on arm64 (first release with a Python %2 aarch64 wheel: %4)</source>
        <translation>%1 には Python %2 (ベースイメージ %3 から推定) 向けの aarch64 wheel がありません: arm64 では pip がソースからビルドします (Python %2 向け aarch64 wheel のある最初のリリース: %4)</translation>
    </message>
    <message>
        <source>Wheels are built per Python version: older releases have aarch64 wheels for older Pythons only, so on Python %1 pip downloads the source distribution and compiles it (slowly under emulation).</source>
        <translation>wheel は Python のバージョンごとにビルドされます: 古いリリースには古い Python 向けの aarch64 wheel しかないため、Python %1 では pip がソース配布物をダウンロードしてコンパイルします (エミュレーションでは遅くなります)。</translation>
    </message>
    <message>
        <source>The Python version is a guess from the distribution&apos;s python3 package.</source>
        <translation>Python のバージョンはディストリビューションの python3 パッケージからの推定です。</translation>
    </message>
    <message>
        <source>%1 has no musllinux aarch64 wheel: on Alpine (musl libc, inferred from the base image %2) pip builds it from source on arm64 (first release with a musllinux aarch64 wheel: %3)</source>
        <translation>%1 には musllinux aarch64 wheel がありません: Alpine (musl libc、ベースイメージ %2 から推定) の arm64 では pip がソースからビルドします (musllinux aarch64 wheel のある最初のリリース: %3)</translation>
    </message>
    <message>
        <source>Alpine uses musl libc, which cannot load manylinux (glibc) wheels: pip needs musllinux_*_aarch64 wheels, which most projects published years after their manylinux ones. A Debian-based image (python:X.Y-slim) gets the manylinux wheels.</source>
        <translation>Alpine は musl libc を使うため manylinux (glibc) wheel を読み込めません: pip には musllinux_*_aarch64 wheel が必要ですが、ほとんどのプロジェクトはそれを manylinux wheel の数年後に公開しました。Debian ベースのイメージ (python:X.Y-slim) なら manylinux wheel を使えます。</translation>
    </message>
    <message>
        <source>Pin %1 %2 (first release with a musllinux aarch64 wheel)</source>
        <translation>%1 を %2 に固定 (musllinux aarch64 wheel のある最初のリリース)</translation>
    </message>
    <message>
        <source>Pin %1 %2 (first release with an aarch64 wheel for this Python)</source>
        <translation>%1 を %2 に固定 (この Python 向け aarch64 wheel のある最初のリリース)</translation>
    </message>
    <message>
        <source>%1 publishes no aarch64 wheels: pip compiles it on arm64, but this stage does not install %2</source>
        <translation>%1 は aarch64 wheel を公開していません: arm64 では pip がコンパイルしますが、このステージは %2 をインストールしていません</translation>
    </message>
    <message>
        <source>%1 has wheels for x86-64 Linux only, so the amd64 build works and the arm64 build fails with “gcc: No such file or directory” or missing headers. Install the build dependencies in the stage (or use a package that publishes aarch64 wheels). Source: %2</source>
        <translation>%1 には x86-64 Linux 向けの wheel しかないため、amd64 ビルドは成功し、arm64 ビルドは「gcc: No such file or directory」またはヘッダー不足で失敗します。ステージにビルド依存関係をインストールしてください (または aarch64 wheel を公開しているパッケージを使ってください)。出典: %2</translation>
    </message>
    <message>
        <source>%1 was published without aarch64 wheels: pip builds it from source on arm64</source>
        <translation>%1 は aarch64 wheel なしで公開されました: arm64 では pip がソースからビルドします</translation>
    </message>
    <message>
        <source>The releases around it have aarch64 wheels, this one does not: pin a neighbouring release (or install a compiler and the package&apos;s headers and accept a slow source build). Source: %1</source>
        <translation>前後のリリースには aarch64 wheel がありますが、このリリースにはありません: 隣接するリリースに固定してください (またはコンパイラとパッケージのヘッダーをインストールし、遅いソースビルドを受け入れてください)。出典: %1</translation>
    </message>
    <message>
        <source>Pin %1 %2 (has aarch64 wheels)</source>
        <translation>%1 を %2 に固定 (aarch64 wheel あり)</translation>
    </message>
    <message>
        <source>%1 has only %2 wheels for aarch64 (glibc %3 or later), but %4 has glibc %5: pip builds it from source on arm64</source>
        <translation>%1 の aarch64 向け wheel は %2 (glibc %3 以降) のみですが、%4 の glibc は %5 です: arm64 では pip がソースからビルドします</translation>
    </message>
    <message>
        <source>A manylinux_2_28 wheel needs glibc 2.28; older images (CentOS 7: 2.17, Amazon Linux 2: 2.26) fall back to the source distribution. Pin a release below %1, or use a base image with glibc %2 or later. Source: %3; %4</source>
        <translation>manylinux_2_28 wheel には glibc 2.28 が必要です。古いイメージ (CentOS 7: 2.17、Amazon Linux 2: 2.26) ではソース配布物にフォールバックします。%1 より前のリリースに固定するか、glibc %2 以降のベースイメージを使ってください。出典: %3; %4</translation>
    </message>
    <message>
        <source>This stage installs what the source build needs (%1), so the build works on arm64, only more slowly.</source>
        <translation>このステージはソースビルドに必要なもの (%1) をインストールしているため、arm64 でもビルドは成功しますが、時間がかかります。</translation>
    </message>
    <message>
        <source>%1 is an x86 wheel (platform tag %2): pip refuses it on arm64 with &quot;is not a supported wheel on this platform&quot;</source>
        <translation>%1 は x86 の wheel です (プラットフォームタグ %2): arm64 では pip が &quot;is not a supported wheel on this platform&quot; で拒否します</translation>
    </message>
    <message>
        <source>A wheel runs only on the platforms its file name lists. Install the package by name and version (pip then picks the wheel for the image&apos;s architecture), or choose the wheel per architecture, e.g. from $(uname -m) (x86_64 / aarch64), when the vendor publishes an aarch64 one.</source>
        <translation>wheel はファイル名に記載されたプラットフォームでのみ動作します。パッケージは名前とバージョンで指定してインストールするか (pip がイメージのアーキテクチャに合う wheel を選びます)、ベンダーが aarch64 の wheel を公開している場合は $(uname -m) (x86_64 / aarch64) などでアーキテクチャごとに wheel を選んでください。</translation>
    </message>
</context>
<context>
    <name>PlatformArgRule</name>
    <message>
        <source>platform ARG not declared in the stage</source>
        <translation>ステージで宣言されていないプラットフォーム ARG</translation>
    </message>
    <message>
        <source>$TARGETARCH or another BuildKit platform argument is used in a stage that does not declare it.</source>
        <translation>$TARGETARCH などの BuildKit プラットフォーム引数が、それを宣言していないステージで使われています。</translation>
    </message>
    <message>
        <source>$%1 is used in a stage that does not declare `ARG %1`, so it expands to an empty string here.</source>
        <translation>$%1 は `ARG %1` を宣言していないステージで使われているため、ここでは空文字列に展開されます。</translation>
    </message>
    <message>
        <source>BuildKit&apos;s platform arguments exist only before the first FROM; add `ARG %1` after this stage&apos;s FROM line to use it in the stage.</source>
        <translation>BuildKit のプラットフォーム引数は最初の FROM より前にしか存在しません。ステージ内で使うには、このステージの FROM 行の後に `ARG %1` を追加してください。</translation>
    </message>
    <message>
        <source>Declare ARG %1 in this stage</source>
        <translation>このステージで ARG %1 を宣言</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>%1: outside the scanned folder</source>
        <translation>%1: スキャンしたフォルダーの外です</translation>
    </message>
    <message>
        <source>%1: symbolic link to a file outside the scanned folder; not followed</source>
        <translation>%1: スキャンしたフォルダーの外のファイルへのシンボリックリンクです。たどりません</translation>
    </message>
</context>
<context>
    <name>PythonFixes</name>
    <message>
        <source>These are the Debian package names: this stage uses neither apt nor apk, so install the equivalents of its own package manager.</source>
        <translation>これらは Debian のパッケージ名です: このステージは apt も apk も使っていないため、そのステージのパッケージマネージャーで相当するパッケージをインストールしてください。</translation>
    </message>
    <message>
        <source>Install the build dependencies of %1 (%2)</source>
        <translation>%1 のビルド依存関係をインストール (%2)</translation>
    </message>
</context>
<context>
    <name>ToolDownloadRule</name>
    <message>
        <source>amd64 tool download</source>
        <translation>amd64 のツールダウンロード</translation>
    </message>
    <message>
        <source>A known tool is downloaded as its amd64 build on every architecture.</source>
        <translation>既知のツールが、どのアーキテクチャでも amd64 ビルドとしてダウンロードされています。</translation>
    </message>
    <message>
        <source>This downloads the amd64 build of %1 (“%2”), which cannot run on arm64.</source>
        <translation>これは %1 の amd64 ビルド (「%2」) をダウンロードしますが、arm64 では実行できません。</translation>
    </message>
    <message>
        <source>Download the arm64 build (“%1”) on arm64: derive the name from the target architecture so the same Dockerfile still builds for amd64.</source>
        <translation>arm64 では arm64 ビルド (「%1」) をダウンロードします: 同じ Dockerfile が amd64 でもビルドできるよう、名前をターゲットアーキテクチャから導出してください。</translation>
    </message>
    <message>
        <source>The checksum verified on line %1 belongs to the amd64 file: update it for arm64.</source>
        <translation>%1 行目で検証しているチェックサムは amd64 ファイルのものです: arm64 向けに更新してください。</translation>
    </message>
    <message>
        <source>Use $(uname -m) (x86_64 or aarch64, as %1 spells them)</source>
        <translation>$(uname -m) を使う (%1 の表記どおり x86_64 または aarch64)</translation>
    </message>
    <message>
        <source>Map TARGETARCH to %1&apos;s spelling in %2</source>
        <translation>%2 で TARGETARCH を %1 の表記に対応付ける</translation>
    </message>
    <message>
        <source>Use ${TARGETARCH} in the download (builds for amd64 and arm64)</source>
        <translation>ダウンロードで ${TARGETARCH} を使う (amd64 と arm64 の両方でビルド)</translation>
    </message>
    <message>
        <source>Download the arm64 build (%1)</source>
        <translation>arm64 ビルドをダウンロード (%1)</translation>
    </message>
    <message>
        <source>This downloads a linux/%1 (x86-64) build, which cannot run on arm64.</source>
        <translation>これは linux/%1 (x86-64) ビルドをダウンロードしますが、arm64 では実行できません。</translation>
    </message>
    <message>
        <source>Name the download after the target architecture: ${TARGETARCH} is amd64 or arm64, the spelling most release pages use for their arm64 build.</source>
        <translation>ダウンロードの名前をターゲットアーキテクチャに合わせてください: ${TARGETARCH} は amd64 または arm64 で、多くのリリースページが arm64 ビルドに使う表記です。</translation>
    </message>
    <message>
        <source>The checksum verified here belongs to the amd64 file: update it for arm64.</source>
        <translation>ここで検証しているチェックサムは amd64 ファイルのものです: arm64 向けに更新してください。</translation>
    </message>
    <message>
        <source>This URL follows %1, which names the arm64 build “%2” where it says “%3”: choose the name from TARGETARCH so the same Dockerfile builds for both.</source>
        <translation>この URL は %1 の命名に従っており、「%3」の箇所は arm64 ビルドでは「%2」になります: 同じ Dockerfile が両方でビルドできるよう、名前を TARGETARCH から選んでください。</translation>
    </message>
    <message>
        <source>Download the vendor&apos;s arm64 build on arm64 (often spelled aarch64 or arm64 where this URL says %1; Armlift does not know this vendor&apos;s spelling, so it offers no fix): check the release page and choose the name from TARGETARCH or $(uname -m) so the same Dockerfile builds for both.</source>
        <translation>arm64 ではベンダーの arm64 ビルドをダウンロードします (この URL が %1 としている箇所は多くの場合 aarch64 または arm64 と表記されます。Armlift はこのベンダーの表記を知らないため、修正は提示しません): リリースページを確認し、同じ Dockerfile が両方でビルドできるよう、名前を TARGETARCH または $(uname -m) から選んでください。</translation>
    </message>
    <message>
        <source>Use $(uname -m) (x86_64 or aarch64)</source>
        <translation>$(uname -m) を使う (x86_64 または aarch64)</translation>
    </message>
    <message>
        <source>Map TARGETARCH to this naming scheme in %1</source>
        <translation>%1 で TARGETARCH をこの命名規則に対応付ける</translation>
    </message>
</context>
<context>
    <name>X86CompilerFlagRule</name>
    <message>
        <source>x86-only compiler flag</source>
        <translation>x86 専用のコンパイラフラグ</translation>
    </message>
    <message>
        <source>An x86-only compiler flag (-msse4.2, -mavx2, -march=haswell …) makes GCC and Clang for aarch64 fail.</source>
        <translation>x86 専用のコンパイラフラグ (-msse4.2、-mavx2、-march=haswell …) により、aarch64 向けの GCC と Clang が失敗します。</translation>
    </message>
    <message>
        <source>%1 names an x86 CPU: GCC and Clang for aarch64 reject it</source>
        <translation>%1 は x86 CPU を指定しています: aarch64 向けの GCC と Clang はこれを拒否します</translation>
    </message>
    <message>
        <source>%1 is an x86-only compiler flag: GCC and Clang for aarch64 reject it</source>
        <translation>%1 は x86 専用のコンパイラフラグです: aarch64 向けの GCC と Clang はこれを拒否します</translation>
    </message>
    <message>
        <source>x86 -m options do not exist on aarch64, so the compiler stops with &quot;unrecognized command-line option&quot; or &quot;unknown value for -march&quot;. Remove the flag, or set it only when building for x86_64. %1 Source: %2</source>
        <translation>x86 の -m オプションは aarch64 には存在しないため、コンパイラは &quot;unrecognized command-line option&quot; または &quot;unknown value for -march&quot; で停止します。フラグを削除するか、x86_64 向けにビルドするときだけ設定してください。%1 出典: %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Use %1 on x86_64 and %2 on arm64</source>
        <translation>x86_64 では %1、arm64 では %2 を使う</translation>
    </message>
</context>
<context>
    <name>X86OnlyArtifactRule</name>
    <message>
        <source>x86-only artefact</source>
        <translation>x86 専用の成果物</translation>
    </message>
    <message>
        <source>An artefact that has no arm64 build (Google Chrome&apos;s .deb, emsdk&apos;s tools, PhantomJS…) is used.</source>
        <translation>arm64 ビルドのない成果物 (Google Chrome の .deb、emsdk のツール、PhantomJS…) が使われています。</translation>
    </message>
    <message>
        <source>%1 has no arm64 build: %2</source>
        <translation>%1 には arm64 ビルドがありません: %2</translation>
    </message>
    <message>
        <source>Install the distribution package %1 instead</source>
        <translation>代わりにディストリビューションのパッケージ %1 をインストール</translation>
    </message>
    <message>
        <source>The browser binary becomes /usr/bin/%1: update commands that call google-chrome.</source>
        <translation>ブラウザーのバイナリは /usr/bin/%1 になります: google-chrome を呼び出すコマンドを更新してください。</translation>
    </message>
    <message>
        <source>The browser binary becomes /usr/bin/%1, and Google&apos;s apt repository is no longer needed.</source>
        <translation>ブラウザーのバイナリは /usr/bin/%1 になり、Google の apt リポジトリは不要になります。</translation>
    </message>
    <message>
        <source>Run this stage on the build machine (--platform=$BUILDPLATFORM)</source>
        <translation>このステージをビルドマシンで実行 (--platform=$BUILDPLATFORM)</translation>
    </message>
    <message>
        <source>The stage then always runs natively on the build machine; this is right because only its architecture-independent output is copied into later stages.</source>
        <translation>このステージは常にビルドマシン上でネイティブに実行されます。アーキテクチャに依存しない出力だけが後のステージにコピーされるので、これで正しい動作です。</translation>
    </message>
</context>
<context>
    <name>knowledge</name>
    <message>
        <source>Install Debian&apos;s chromium package instead (binary /usr/bin/chromium); on Ubuntu the chromium package is a snap that does not work in containers, so use a Debian-based image or Playwright&apos;s Chromium.</source>
        <translation>代わりに Debian の chromium パッケージ (バイナリ /usr/bin/chromium) をインストールしてください。Ubuntu の chromium パッケージはコンテナでは動かない snap なので、Debian ベースのイメージか Playwright の Chromium を使ってください。</translation>
    </message>
    <message>
        <source>Google publishes this .deb for amd64 only, so it does not install on arm64.</source>
        <translation>Google はこの .deb を amd64 向けにしか公開していないため、arm64 にはインストールできません。</translation>
    </message>
    <message>
        <source>Install Debian&apos;s chromium package instead (binary /usr/bin/chromium); on Ubuntu the chromium package is a snap that does not work in containers.</source>
        <translation>代わりに Debian の chromium パッケージ (バイナリ /usr/bin/chromium) をインストールしてください。Ubuntu の chromium パッケージはコンテナでは動かない snap です。</translation>
    </message>
    <message>
        <source>Google&apos;s Chrome apt repository has amd64 packages only, so apt finds no google-chrome package on arm64.</source>
        <translation>Google の Chrome apt リポジトリには amd64 パッケージしかないため、arm64 では apt が google-chrome パッケージを見つけられません。</translation>
    </message>
    <message>
        <source>Build the WebAssembly output in a stage that runs on the build machine (FROM --platform=$BUILDPLATFORM …) and COPY --from it: the .wasm/.js files do not depend on the CPU; or pin an emsdk release that supports linux-arm64.</source>
        <translation>WebAssembly の出力はビルドマシン上で動くステージ (FROM --platform=$BUILDPLATFORM …) でビルドし、COPY --from で取り込んでください: .wasm/.js ファイルは CPU に依存しません。または linux-arm64 に対応した emsdk リリースに固定してください。</translation>
    </message>
    <message>
        <source>emsdk install fetched tools (cipd) that had no linux-arm64 build, so it fails on arm64 (migration talk, other notable cases).</source>
        <translation>emsdk install は linux-arm64 ビルドのないツール (cipd) を取得していたため、arm64 では失敗します (移行トーク、その他の注目すべきケース)。</translation>
    </message>
    <message>
        <source>Replace PhantomJS with headless Chromium (Puppeteer or Playwright).</source>
        <translation>PhantomJS をヘッドレス Chromium (Puppeteer または Playwright) に置き換えてください。</translation>
    </message>
    <message>
        <source>PhantomJS is abandoned and never shipped an arm64 Linux binary.</source>
        <translation>PhantomJS は開発が終了しており、arm64 Linux バイナリは一度も提供されていません。</translation>
    </message>
    <message>
        <source>Use jq 1.7 or later with jq-linux-${TARGETARCH} (after ARG TARGETARCH), or the distribution&apos;s jq package.</source>
        <translation>jq 1.7 以降を jq-linux-${TARGETARCH} (ARG TARGETARCH の後) で使うか、ディストリビューションの jq パッケージを使ってください。</translation>
    </message>
    <message>
        <source>jq-linux64 is the amd64 binary; jq 1.6 and older have no arm64 binary.</source>
        <translation>jq-linux64 は amd64 バイナリです。jq 1.6 以前には arm64 バイナリがありません。</translation>
    </message>
    <message>
        <source>Install wkhtmltox 0.12.6 or later from the distribution package for your base image (e.g. wkhtmltox_0.12.6.1-…_$(dpkg --print-architecture).deb).</source>
        <translation>ベースイメージ向けのディストリビューションパッケージから wkhtmltox 0.12.6 以降をインストールしてください (例: wkhtmltox_0.12.6.1-…_$(dpkg --print-architecture).deb)。</translation>
    </message>
    <message>
        <source>The generic wkhtmltox tarball exists for amd64 only; arm64 packages start with 0.12.6 as distribution packages.</source>
        <translation>汎用の wkhtmltox tarball は amd64 向けしかありません。arm64 パッケージは 0.12.6 からディストリビューションパッケージとして提供されています。</translation>
    </message>
    <message>
        <source>32-bit x86 packages cannot run on arm64, and Ubuntu&apos;s ports mirror has no i386 indexes</source>
        <translation>32 ビット x86 パッケージは arm64 では動作せず、Ubuntu の ports ミラーには i386 のインデックスがありません</translation>
    </message>
    <message>
        <source>builds 32-bit x86 code; Debian and Ubuntu have no arm64 package</source>
        <translation>32 ビット x86 コードをビルドします。Debian と Ubuntu には arm64 パッケージがありません</translation>
    </message>
    <message>
        <source>CentOS 6 and 7 are end-of-life; Rocky Linux or AlmaLinux 8+ are maintained and multi-arch.</source>
        <translation>CentOS 6 と 7 はサポートが終了しています。Rocky Linux または AlmaLinux 8 以降は保守されており、マルチアーキテクチャです。</translation>
    </message>
    <message>
        <source>CUDA images have arm64 variants from the 11.0 tags on: move to a 11.x or newer tag of the same flavour (base/runtime/devel).</source>
        <translation>CUDA イメージには 11.0 のタグから arm64 バリアントがあります: 同じ種類 (base/runtime/devel) の 11.x 以降のタグに移行してください。</translation>
    </message>
    <message>
        <source>There is no drop-in replacement: Azure SQL Edge, once the arm64 substitute, was retired in September 2025. Run this service on amd64 (or emulated), or move to a database with arm64 images.</source>
        <translation>そのまま置き換えられるものはありません: かつて arm64 の代替だった Azure SQL Edge は 2025 年 9 月に提供終了しました。このサービスは amd64 (またはエミュレーション) で動かすか、arm64 イメージのあるデータベースに移行してください。</translation>
    </message>
    <message>
        <source>mysql 8.0 is the first version with official arm64 images; it is a major upgrade (check compatibility), mariadb is an alternative.</source>
        <translation>mysql 8.0 は公式の arm64 イメージがある最初のバージョンです。メジャーアップグレードなので互換性を確認してください。mariadb という選択肢もあります。</translation>
    </message>
    <message>
        <source>The official elasticsearch image has arm64 from 7.8.0; Elastic never published 6.x for arm64.</source>
        <translation>公式の elasticsearch イメージは 7.8.0 から arm64 に対応しています。Elastic は 6.x を arm64 向けに公開したことはありません。</translation>
    </message>
    <message>
        <source>Elastic never published 6.x for arm64; arm64 images start with 7.8.0.</source>
        <translation>Elastic は 6.x を arm64 向けに公開したことはありません。arm64 イメージは 7.8.0 からです。</translation>
    </message>
    <message>
        <source>SonarQube images have arm64 from the 9.9 LTS (February 2023); 8.9 LTS never did.</source>
        <translation>SonarQube イメージは 9.9 LTS (2023 年 2 月) から arm64 に対応しています。8.9 LTS は対応していません。</translation>
    </message>
    <message>
        <source>Amazon Linux 1 (2018.03) is amd64-only; amazonlinux:2 gained arm64v8 in November 2018.</source>
        <translation>Amazon Linux 1 (2018.03) は amd64 専用です。amazonlinux:2 は 2018 年 11 月に arm64v8 に対応しました。</translation>
    </message>
    <message>
        <source>Docker Hub&apos;s google/cloud-sdk is amd64-only; the multi-arch images live at gcr.io/google.com/cloudsdktool/google-cloud-cli (pin a version instead of :stable).</source>
        <translation>Docker Hub の google/cloud-sdk は amd64 専用です。マルチアーキテクチャのイメージは gcr.io/google.com/cloudsdktool/google-cloud-cli にあります (:stable ではなくバージョンを固定してください)。</translation>
    </message>
    <message>
        <source>Oracle XE images are amd64-only; gvenzl/oracle-free (Oracle Database 23ai Free) has arm64 since November 2024. It is a different edition: check compatibility.</source>
        <translation>Oracle XE イメージは amd64 専用です。gvenzl/oracle-free (Oracle Database 23ai Free) は 2024 年 11 月から arm64 に対応しています。別のエディションなので互換性を確認してください。</translation>
    </message>
    <message>
        <source>Install Debian&apos;s chromium and chromium-driver packages, which are built for arm64, and point Selenium at /usr/bin/chromedriver.</source>
        <translation>arm64 向けにビルドされている Debian の chromium と chromium-driver パッケージをインストールし、Selenium に /usr/bin/chromedriver を指定してください。</translation>
    </message>
    <message>
        <source>ChromeDriver up to version 114 (chromedriver.storage.googleapis.com) was published for x86-64 Linux only: there is no arm64 build of it.</source>
        <translation>バージョン 114 までの ChromeDriver (chromedriver.storage.googleapis.com) は x86-64 Linux 向けにしか公開されておらず、arm64 ビルドはありません。</translation>
    </message>
    <message>
        <source>Install Debian&apos;s chromium and chromium-driver packages on arm64, or use version 153 or later, whose linux-arm64 builds are named chrome-linux-arm64.zip / chromedriver-linux-arm64.zip.</source>
        <translation>arm64 では Debian の chromium と chromium-driver パッケージをインストールするか、linux-arm64 ビルドが chrome-linux-arm64.zip / chromedriver-linux-arm64.zip という名前のバージョン 153 以降を使ってください。</translation>
    </message>
    <message>
        <source>Chrome for Testing published Linux builds for x86-64 only (linux64) before version 153: this version has no arm64 Linux build.</source>
        <translation>Chrome for Testing はバージョン 153 より前は x86-64 (linux64) 向けの Linux ビルドしか公開していません: このバージョンには arm64 の Linux ビルドがありません。</translation>
    </message>
    <message>
        <source>32-bit x86 (multilib) library: Debian and Ubuntu build it for x86-64 only, so apt finds no arm64 package</source>
        <translation>32 ビット x86 (multilib) ライブラリ: Debian と Ubuntu は x86-64 向けにしかビルドしていないため、apt は arm64 パッケージを見つけられません</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Armlift finds what breaks when container builds move from x86_64 to arm64, and fixes it.</source>
        <translation>Armlift は、コンテナビルドを x86_64 から arm64 に移すときに壊れる箇所を見つけて修正します。</translation>
    </message>
    <message>
        <source>Render the main window (1280x800) after the scan, write it as PNG to &lt;file&gt; and exit.</source>
        <translation>スキャン後にメインウィンドウ (1280x800) を描画し、PNG として &lt;file&gt; に書き込んで終了します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Open &lt;file&gt; (relative to PATH) in the editor.</source>
        <translation>&lt;file&gt; (PATH からの相対パス) をエディターで開きます。</translation>
    </message>
    <message>
        <source>Use the dark or light palette for the whole application.</source>
        <translation>アプリケーション全体にダークまたはライトのパレットを使います。</translation>
    </message>
    <message>
        <source>Folder (or Dockerfile) to open.</source>
        <translation>開くフォルダー (または Dockerfile)。</translation>
    </message>
    <message>
        <source>armlift: --theme must be dark or light, not %1
</source>
        <translation>armlift: --theme には dark または light を指定してください (%1 ではありません)
</translation>
    </message>
    <message>
        <source>armlift: give one folder to open, not %1
</source>
        <translation>armlift: 開くフォルダーは 1 つにしてください (%1 個ではありません)
</translation>
    </message>
    <message>
        <source>Open your copy of the bundled workshop (made in the user&apos;s data folder on first use).</source>
        <translation>同梱のワークショップのコピーを開きます (初回使用時にユーザーのデータフォルダーに作成されます)。</translation>
    </message>
    <message>
        <source>armlift: --workshop opens the workshop; give no PATH
</source>
        <translation>armlift: --workshop はワークショップを開きます。PATH は指定しないでください
</translation>
    </message>
</context>
</TS>
