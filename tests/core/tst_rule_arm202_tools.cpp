// ARM202 with the download names of arm64-facts-ecosystems.md (section E): each vendor's own
// arm64 spelling, the portable fix derived from TARGETARCH, and the literal arm64 name.
#include "PlatformDownloadHarness.h"

using namespace Armlift;
using namespace Armlift::Testing;
using namespace Qt::StringLiterals;

namespace {
QString run(const QString &command) { return u"FROM debian:12\nRUN "_s + command + u'\n'; }
} // namespace

class TestRuleArm202Tools : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tools_data()
    {
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<QString>("portable"); // in the text after the first fix
        QTest::addColumn<QString>("literal");  // in the text after the last fix

        QTest::newRow("docker static") << run(u"curl -fsSL https://download.docker.com/linux/static/stable/x86_64/docker-24.0.7.tgz | tar -xz"_s)
                                       << u"/stable/$(uname -m)/docker-24.0.7.tgz"_s << u"/stable/aarch64/docker-24.0.7.tgz"_s;
        QTest::newRow("jq 1.7") << run(u"curl -Lo /usr/local/bin/jq https://github.com/jqlang/jq/releases/download/jq-1.7.1/jq-linux-amd64"_s)
                                << u"ARG TARGETARCH\nRUN curl -Lo /usr/local/bin/jq https://github.com/jqlang/jq/releases/download/jq-1.7.1/jq-linux-${TARGETARCH}"_s
                                << u"jq-linux-arm64"_s;
        QTest::newRow("yq") << run(u"wget -qO /usr/bin/yq https://github.com/mikefarah/yq/releases/download/v4.40.5/yq_linux_amd64"_s)
                            << u"yq_linux_${TARGETARCH}"_s << u"yq_linux_arm64"_s;
        QTest::newRow("hadolint") << run(u"curl -Lo /bin/hadolint https://github.com/hadolint/hadolint/releases/download/v2.12.0/hadolint-Linux-x86_64"_s)
                                  << u"arm64) HADOLINT_ARCH=arm64 ;; esac; curl -Lo /bin/hadolint https://github.com/hadolint/hadolint/releases/download/v2.12.0/hadolint-Linux-${HADOLINT_ARCH}"_s
                                  << u"hadolint-Linux-arm64"_s;
        QTest::newRow("shellcheck") << run(u"curl -L https://github.com/koalaman/shellcheck/releases/download/v0.9.0/shellcheck-v0.9.0.linux.x86_64.tar.xz | tar -xJ"_s)
                                    << u"shellcheck-v0.9.0.linux.$(uname -m).tar.xz"_s << u"shellcheck-v0.9.0.linux.aarch64.tar.xz"_s;
        QTest::newRow("gosu") << run(u"curl -Lo /usr/local/bin/gosu https://github.com/tianon/gosu/releases/download/1.17/gosu-amd64"_s)
                              << u"gosu-${TARGETARCH}"_s << u"gosu-arm64"_s;
        QTest::newRow("dumb-init") << run(u"curl -Lo /usr/local/bin/dumb-init https://github.com/Yelp/dumb-init/releases/download/v1.2.5/dumb-init_1.2.5_x86_64"_s)
                                   << u"dumb-init_1.2.5_$(uname -m)"_s << u"dumb-init_1.2.5_aarch64"_s;
        QTest::newRow("kind") << run(u"curl -Lo ./kind https://kind.sigs.k8s.io/dl/v0.22.0/kind-linux-amd64"_s)
                              << u"kind-linux-${TARGETARCH}"_s << u"kind-linux-arm64"_s;
        QTest::newRow("kustomize") << run(u"curl -L https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2Fv5.3.0/kustomize_v5.3.0_linux_amd64.tar.gz | tar -xz"_s)
                                   << u"kustomize_v5.3.0_linux_${TARGETARCH}.tar.gz"_s << u"kustomize_v5.3.0_linux_arm64.tar.gz"_s;
        QTest::newRow("skaffold") << run(u"curl -Lo skaffold https://storage.googleapis.com/skaffold/releases/v2.9.0/skaffold-linux-amd64"_s)
                                  << u"skaffold-linux-${TARGETARCH}"_s << u"skaffold-linux-arm64"_s;
        QTest::newRow("vault") << run(u"curl -LO https://releases.hashicorp.com/vault/1.15.4/vault_1.15.4_linux_amd64.zip"_s)
                               << u"vault_1.15.4_linux_${TARGETARCH}.zip"_s << u"vault_1.15.4_linux_arm64.zip"_s;
        QTest::newRow("trivy: 64bit is amd64") << run(u"curl -L https://github.com/aquasecurity/trivy/releases/download/v0.48.1/trivy_0.48.1_Linux-64bit.tar.gz | tar -xz"_s)
                                               << u"case \"$TARGETARCH\" in amd64) TRIVY_ARCH=64bit ;; arm64) TRIVY_ARCH=ARM64 ;; esac; curl -L https://github.com/aquasecurity/trivy/releases/download/v0.48.1/trivy_0.48.1_Linux-${TRIVY_ARCH}.tar.gz"_s
                                               << u"trivy_0.48.1_Linux-ARM64.tar.gz"_s;
        QTest::newRow("grype") << run(u"curl -L https://github.com/anchore/grype/releases/download/v0.74.0/grype_0.74.0_linux_amd64.tar.gz | tar -xz"_s)
                               << u"grype_0.74.0_linux_${TARGETARCH}.tar.gz"_s << u"grype_0.74.0_linux_arm64.tar.gz"_s;
        QTest::newRow("gcloud: aarch64 is arm") << run(u"curl -O https://dl.google.com/dl/cloudsdk/channels/rapid/downloads/google-cloud-cli-458.0.1-linux-x86_64.tar.gz"_s)
                                                << u"arm64) GCLOUD_ARCH=arm ;; esac; curl -O https://dl.google.com/dl/cloudsdk/channels/rapid/downloads/google-cloud-cli-458.0.1-linux-${GCLOUD_ARCH}.tar.gz"_s
                                                << u"google-cloud-cli-458.0.1-linux-arm.tar.gz"_s;
        QTest::newRow("oc: no suffix is amd64") << run(u"curl -L https://mirror.openshift.com/pub/openshift-v4/clients/ocp/4.14.8/openshift-client-linux.tar.gz | tar -xz -C /usr/local/bin oc"_s)
                                                << u"arm64) OC_CLIENT=openshift-client-linux-arm64 ;; esac; curl -L https://mirror.openshift.com/pub/openshift-v4/clients/ocp/4.14.8/${OC_CLIENT}.tar.gz"_s
                                                << u"/4.14.8/openshift-client-linux-arm64.tar.gz"_s;
        QTest::newRow("ngrok v3") << run(u"curl -LO https://bin.equinox.io/c/bNyj1mQVY4c/ngrok-v3-stable-linux-amd64.tgz"_s)
                                  << u"ngrok-v3-stable-linux-${TARGETARCH}.tgz"_s << u"ngrok-v3-stable-linux-arm64.tgz"_s;
        QTest::newRow("ffmpeg static") << run(u"curl -LO https://johnvansickle.com/ffmpeg/releases/ffmpeg-release-amd64-static.tar.xz"_s)
                                       << u"ffmpeg-release-${TARGETARCH}-static.tar.xz"_s << u"ffmpeg-release-arm64-static.tar.xz"_s;
        QTest::newRow("s6-overlay v2: amd64 is aarch64 on arm") << run(u"curl -L https://github.com/just-containers/s6-overlay/releases/download/v2.2.0.3/s6-overlay-amd64.tar.gz | tar xz -C /"_s)
                                                               << u"arm64) S6_ARCH=aarch64 ;; esac; curl -L https://github.com/just-containers/s6-overlay/releases/download/v2.2.0.3/s6-overlay-${S6_ARCH}.tar.gz"_s
                                                               << u"s6-overlay-aarch64.tar.gz"_s;
        QTest::newRow("micromamba: conda's linux-64") << run(u"curl -Ls https://micro.mamba.pm/api/micromamba/linux-64/latest | tar -xvj bin/micromamba"_s)
                                                     << u"arm64) MAMBA_PLATFORM=linux-aarch64 ;; esac; curl -Ls https://micro.mamba.pm/api/micromamba/${MAMBA_PLATFORM}/latest"_s
                                                     << u"micromamba/linux-aarch64/latest"_s;
        QTest::newRow("session manager plugin: 64bit is amd64") << run(u"curl -fsSLo /tmp/smp.deb https://s3.amazonaws.com/session-manager-downloads/plugin/latest/ubuntu_64bit/session-manager-plugin.deb && dpkg -i /tmp/smp.deb"_s)
                                                                << u"arm64) SSM_PLUGIN_ARCH=arm64 ;; esac; curl -fsSLo /tmp/smp.deb https://s3.amazonaws.com/session-manager-downloads/plugin/latest/ubuntu_${SSM_PLUGIN_ARCH}/session-manager-plugin.deb"_s
                                                                << u"plugin/latest/ubuntu_arm64/session-manager-plugin.deb"_s;
        // An unknown tool whose URL follows GoReleaser's default names: x86_64 -> arm64.
        QTest::newRow("generic goreleaser Linux_x86_64") << run(u"curl -L https://github.com/jesseduffield/lazygit/releases/download/v0.40.2/lazygit_0.40.2_Linux_x86_64.tar.gz | tar -xz"_s)
                                                         << u"case \"$TARGETARCH\" in amd64) RELEASE_ARCH=x86_64 ;; arm64) RELEASE_ARCH=arm64 ;; esac; curl -L https://github.com/jesseduffield/lazygit/releases/download/v0.40.2/lazygit_0.40.2_Linux_${RELEASE_ARCH}.tar.gz"_s
                                                         << u"lazygit_0.40.2_Linux_arm64.tar.gz"_s;
    }
    void tools()
    {
        QFETCH(QString, dockerfile);
        QFETCH(QString, portable);
        QFETCH(QString, literal);
        const QList<Finding> found = lint(u"ARM202"_s, dockerfile);
        QCOMPARE(found.size(), 1);
        checkFindingShape(found.first(), u"ARM202"_s, Severity::Error);
        QVERIFY(found.first().fixes.size() >= 2);
        int refused = -1;
        const QString fixed = applied(dockerfile, found.first(), 0, &refused);
        QCOMPARE(refused, 0);
        QVERIFY2(fixed.contains(portable), qPrintable(fixed));
        QVERIFY2(lint(u"ARM202"_s, fixed).isEmpty(), qPrintable(fixed));
        const QString arm = applied(dockerfile, found.first(), int(found.first().fixes.size()) - 1);
        QVERIFY2(arm.contains(literal), qPrintable(arm));
        QVERIFY2(lint(u"ARM202"_s, arm).isEmpty(), qPrintable(arm));
    }

    void silent_data()
    {
        QTest::addColumn<QString>("dockerfile");
        QTest::newRow("jq-linux-${TARGETARCH}") << u"FROM debian:12\nARG TARGETARCH\nRUN curl -Lo /usr/local/bin/jq "
                                                   "https://github.com/jqlang/jq/releases/download/jq-1.7.1/jq-linux-${TARGETARCH}\n"_s;
        QTest::newRow("TARGETARCH case branches") << u"FROM debian:12\nARG TARGETARCH\nRUN case \"$TARGETARCH\" in \\\n"
            "    amd64) curl -Lo /bin/jq https://github.com/jqlang/jq/releases/download/jq-1.7.1/jq-linux-amd64 ;; \\\n"
            "    arm64) curl -Lo /bin/jq https://github.com/jqlang/jq/releases/download/jq-1.7.1/jq-linux-arm64 ;; \\\n"
            "    esac\n"_s;
        QTest::newRow("uname case branches, trivy") << u"FROM debian:12\nRUN case \"$(uname -m)\" in \\\n"
            "    x86_64) T=https://github.com/aquasecurity/trivy/releases/download/v0.48.1/trivy_0.48.1_Linux-64bit.tar.gz ;; \\\n"
            "    aarch64) T=https://github.com/aquasecurity/trivy/releases/download/v0.48.1/trivy_0.48.1_Linux-ARM64.tar.gz ;; \\\n"
            "    esac && curl -L \"$T\" | tar -xz\n"_s;
        QTest::newRow("oc from the aarch64 folder") << run(u"curl -L https://mirror.openshift.com/pub/openshift-v4/aarch64/clients/ocp/4.14.8/openshift-client-linux.tar.gz | tar -xz"_s);
        QTest::newRow("oc arm64 build") << run(u"curl -L https://mirror.openshift.com/pub/openshift-v4/clients/ocp/4.14.8/openshift-client-linux-arm64.tar.gz | tar -xz"_s);
        QTest::newRow("session manager plugin arm64") << run(u"curl -fsSLo /tmp/smp.rpm https://s3.amazonaws.com/session-manager-downloads/plugin/latest/linux_arm64/session-manager-plugin.rpm"_s);
        QTest::newRow("tini with a suffix chosen per architecture") << u"FROM debian:12\nRUN if [ \"$(dpkg --print-architecture)\" = arm64 ]; "
            "then suffix=-arm64; else suffix=; fi; "
            "curl -fsSL https://github.com/krallin/tini/releases/download/v0.19.0/tini${suffix} -o /usr/bin/tini\n"_s;
        QTest::newRow("trivy ARM64") << run(u"curl -LO https://github.com/aquasecurity/trivy/releases/download/v0.48.1/trivy_0.48.1_Linux-ARM64.tar.gz"_s);
        QTest::newRow("gcloud arm") << run(u"curl -O https://dl.google.com/dl/cloudsdk/channels/rapid/downloads/google-cloud-cli-458.0.1-linux-arm.tar.gz"_s);
        QTest::newRow("docker static via uname") << run(u"curl -fsSL https://download.docker.com/linux/static/stable/$(uname -m)/docker-24.0.7.tgz | tar -xz"_s);
    }
    void silent()
    {
        QFETCH(QString, dockerfile);
        const QList<Finding> found = lint(u"ARM202"_s, dockerfile);
        for (const Finding &f : found)
            qDebug().noquote() << f.range.line << f.range.column << f.message;
        QVERIFY(found.isEmpty());
    }

    void unknownX86_64VendorExplains()
    {
        // The arm64 spelling of x86_64 varies by vendor: without a known scheme, explain and offer no fix.
        const QList<Finding> found = lint(u"ARM202"_s, run(u"curl -LO https://example.com/releases/tool-2.1-linux-x86_64.tar.gz"_s));
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().fixes.isEmpty());
        QVERIFY2(found.first().help.contains(u"does not know"_s), qPrintable(found.first().help));
    }

    // Tools without any arm64 build at that version belong to ARM601 (jq 1.6, the generic
    // wkhtmltox tarball) or ARM203 (the wkhtmltox .deb): never ARM202, and never silent.
    void otherRulesOwnThese_data()
    {
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("advice");
        QTest::newRow("jq-linux64") << run(u"curl -Lo /usr/local/bin/jq https://github.com/stedolan/jq/releases/download/jq-1.6/jq-linux64"_s)
                                    << u"ARM601"_s << u"jq-linux-${TARGETARCH}"_s;
        QTest::newRow("wkhtmltox generic tarball") << run(u"curl -LO https://github.com/wkhtmltopdf/wkhtmltopdf/releases/download/0.12.4/wkhtmltox-0.12.4_linux-generic-amd64.tar.xz"_s)
                                                   << u"ARM601"_s << u"0.12.6"_s;
        QTest::newRow("wkhtmltox deb") << run(u"curl -LO https://github.com/wkhtmltopdf/packaging/releases/download/0.12.6.1-3/wkhtmltox_0.12.6.1-3.bookworm_amd64.deb && apt-get install -y ./wkhtmltox_0.12.6.1-3.bookworm_amd64.deb"_s)
                                       << u"ARM203"_s << u"dpkg --print-architecture"_s;
    }
    void otherRulesOwnThese()
    {
        QFETCH(QString, dockerfile);
        QFETCH(QString, rule);
        QFETCH(QString, advice);
        QVERIFY(lint(u"ARM202"_s, dockerfile).isEmpty());
        const QList<Finding> found = lint(rule, dockerfile);
        QCOMPARE(found.size(), 1);
        QString text = found.first().help;
        for (qsizetype i = 0; i < found.first().fixes.size(); ++i)
            text += u'\n' + found.first().fixes.at(i).title + u'\n' + applied(dockerfile, found.first(), int(i));
        QVERIFY2(text.contains(advice), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestRuleArm202Tools)
#include "tst_rule_arm202_tools.moc"
