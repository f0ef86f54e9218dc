// ARM201: Go amd64 tarball.
#include "PlatformDownloadHarness.h"

#include "rules/downloads/DownloadSites.h"

#include <QRegularExpression>

using namespace Armlift;
using namespace Armlift::Testing;
using namespace Qt::StringLiterals;

class TestRuleArm201 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data();
    void findings();
    void fixes_data();
    void fixes();
    void checksumCaseFix();
    void checksumUnknownVersionKeepsNote();
    void oneFindingPerDownloadingInstruction();
    void siteContainsAgreesWithSearch();
    void sha256ScanAgreesWithRegex();
    void aptPackageNameIsTextBeforeEquals();
    void containsAnyOfAgreesWithSearches();
};

static QString s(const char *text) { return QString::fromUtf8(text); }

void TestRuleArm201::findings_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("curl and tar in one RUN") << s("FROM ubuntu:22.04\n"
        "RUN curl -fsSLO https://go.dev/dl/go1.20.2.linux-amd64.tar.gz && tar -C /usr/local -xzf go1.20.2.linux-amd64.tar.gz\n")
        << list({"2:35-2:62"});
    QTest::newRow("ADD url") << s("FROM ubuntu:22.04\nADD https://dl.google.com/go/go1.19.linux-amd64.tar.gz /tmp/\n")
        << list({"2:30-2:55"});
    QTest::newRow("version from ENV") << s("FROM debian:12\nENV GOLANG_VERSION=1.21.0\n"
        "RUN wget -q \"https://dl.google.com/go/go${GOLANG_VERSION}.linux-amd64.tar.gz\" -O go.tgz\n")
        << list({"3:39-3:77"});
    QTest::newRow("heredoc body") << s("FROM debian:12\nRUN <<EOF\ncurl -LO https://go.dev/dl/go1.21.0.linux-amd64.tar.gz\n"
        "tar -C /usr/local -xzf go1.21.0.linux-amd64.tar.gz\nEOF\n")
        << list({"3:28-3:55"});
    QTest::newRow("exec form sh -c") << s("FROM debian:12\nRUN [\"sh\", \"-c\", \"curl -LO https://go.dev/dl/go1.20.2.linux-amd64.tar.gz\"]\n")
        << list({"2:46-2:73"});
    QTest::newRow("ENV value") << s("FROM debian:12\nENV GO_URL=https://go.dev/dl/go1.20.2.linux-amd64.tar.gz\n")
        << list({"2:30-2:57"});
    QTest::newRow("continuation line") << s("FROM debian:12\nRUN set -eux; \\\n    curl -fsSL https://go.dev/dl/go1.20.2.linux-amd64.tar.gz -o go.tgz\n")
        << list({"3:34-3:61"});
    QTest::newRow("one finding per stage") << s("FROM debian:12 AS a\nRUN curl -LO https://go.dev/dl/go1.21.0.linux-amd64.tar.gz\n"
        "FROM debian:12 AS b\nRUN curl -LO https://go.dev/dl/go1.21.0.linux-amd64.tar.gz\n")
        << list({"2:32-2:59", "4:32-4:59"});
    QTest::newRow("BUILDPLATFORM stage still downloads amd64") << s("FROM --platform=$BUILDPLATFORM debian:12 AS build\n"
        "RUN curl -LO https://go.dev/dl/go1.21.0.linux-amd64.tar.gz\n")
        << list({"2:32-2:59"});

    // Negative: correct multi-arch Dockerfiles.
    QTest::newRow("official golang image case") << s("FROM debian:12\nRUN set -eux; \\\n"
        "    arch=\"$(dpkg --print-architecture)\"; \\\n"
        "    case \"$arch\" in \\\n"
        "      amd64) url='https://dl.google.com/go/go1.21.0.linux-amd64.tar.gz' ;; \\\n"
        "      arm64) url='https://dl.google.com/go/go1.21.0.linux-arm64.tar.gz' ;; \\\n"
        "    esac; \\\n"
        "    curl -fsSL \"$url\" -o go.tgz\n")
        << QStringList{};
    QTest::newRow("uname conditional") << s("FROM debian:12\nRUN if [ \"$(uname -m)\" = x86_64 ]; then "
        "curl -LO https://go.dev/dl/go1.21.0.linux-amd64.tar.gz; fi\n")
        << QStringList{};
    QTest::newRow("TARGETARCH test chain") << s("FROM debian:12\nARG TARGETARCH\n"
        "RUN [ \"$TARGETARCH\" = amd64 ] && curl -LO https://go.dev/dl/go1.21.0.linux-amd64.tar.gz\n")
        << QStringList{};
    QTest::newRow("portable TARGETARCH") << s("FROM debian:12\nARG TARGETARCH\n"
        "RUN curl -LO https://go.dev/dl/go1.21.0.linux-${TARGETARCH}.tar.gz\n")
        << QStringList{};
    QTest::newRow("dpkg arch") << s("FROM debian:12\n"
        "RUN curl -LO https://go.dev/dl/go1.21.0.linux-$(dpkg --print-architecture).tar.gz\n")
        << QStringList{};
    QTest::newRow("stage pinned to amd64") << s("FROM --platform=linux/amd64 debian:12\n"
        "RUN curl -LO https://go.dev/dl/go1.21.0.linux-amd64.tar.gz\n")
        << QStringList{};
    QTest::newRow("both tarballs fetched") << s("FROM debian:12\n"
        "RUN curl -LO https://go.dev/dl/go1.21.0.linux-amd64.tar.gz && curl -LO https://go.dev/dl/go1.21.0.linux-arm64.tar.gz\n")
        << QStringList{};
    QTest::newRow("comment only") << s("FROM debian:12\n# go1.21.0.linux-amd64.tar.gz is fetched below for arm64 too\nRUN true\n")
        << QStringList{};
    QTest::newRow("not a go tarball") << s("FROM debian:12\nRUN curl -LO https://example.com/mongo1.2.linux-amd64.tar.gz\n")
        << QStringList{};
}

void TestRuleArm201::findings()
{
    QFETCH(QString, dockerfile);
    QFETCH(QStringList, expected);
    const QList<Finding> found = lint(QStringLiteral("ARM201"), dockerfile);
    QCOMPARE(ranges(found), expected);
    for (const Finding &f : found)
        checkFindingShape(f, QStringLiteral("ARM201"), Severity::Error);
}

void TestRuleArm201::fixes_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<int>("fix");
    QTest::addColumn<QString>("expected");

    const QString twoNames = s("FROM ubuntu:22.04\n"
        "RUN curl -fsSLO https://go.dev/dl/go1.20.2.linux-amd64.tar.gz && tar -C /usr/local -xzf go1.20.2.linux-amd64.tar.gz\n");
    QTest::newRow("portable: every occurrence, ARG inserted") << twoNames << 0 << s("FROM ubuntu:22.04\nARG TARGETARCH\n"
        "RUN curl -fsSLO https://go.dev/dl/go1.20.2.linux-${TARGETARCH}.tar.gz && tar -C /usr/local -xzf go1.20.2.linux-${TARGETARCH}.tar.gz\n");
    QTest::newRow("literal arm64") << twoNames << 1 << s("FROM ubuntu:22.04\n"
        "RUN curl -fsSLO https://go.dev/dl/go1.20.2.linux-arm64.tar.gz && tar -C /usr/local -xzf go1.20.2.linux-arm64.tar.gz\n");
    QTest::newRow("ARG already declared") << s("FROM ubuntu:22.04 AS build\n# keep me\nARG TARGETARCH\n"
        "RUN curl -LO https://go.dev/dl/go1.21.0.linux-amd64.tar.gz\n") << 0
        << s("FROM ubuntu:22.04 AS build\n# keep me\nARG TARGETARCH\nRUN curl -LO https://go.dev/dl/go1.21.0.linux-${TARGETARCH}.tar.gz\n");
    QTest::newRow("heredoc") << s("FROM debian:12\nRUN <<EOF\ncurl -LO https://go.dev/dl/go1.21.0.linux-amd64.tar.gz\n"
        "tar -C /usr/local -xzf go1.21.0.linux-amd64.tar.gz\nEOF\n") << 0
        << s("FROM debian:12\nARG TARGETARCH\nRUN <<EOF\ncurl -LO https://go.dev/dl/go1.21.0.linux-${TARGETARCH}.tar.gz\n"
        "tar -C /usr/local -xzf go1.21.0.linux-${TARGETARCH}.tar.gz\nEOF\n");
    QTest::newRow("ENV and RUN in one stage") << s("FROM debian:12\nENV GO_TGZ=go1.21.0.linux-amd64.tar.gz\n"
        "RUN curl -LO https://go.dev/dl/go1.21.0.linux-amd64.tar.gz\n") << 0
        << s("FROM debian:12\nARG TARGETARCH\nENV GO_TGZ=go1.21.0.linux-${TARGETARCH}.tar.gz\n"
        "RUN curl -LO https://go.dev/dl/go1.21.0.linux-${TARGETARCH}.tar.gz\n");
    QTest::newRow("exec form") << s("FROM debian:12\nRUN [\"sh\", \"-c\", \"curl -LO https://go.dev/dl/go1.20.2.linux-amd64.tar.gz\"]\n") << 0
        << s("FROM debian:12\nARG TARGETARCH\nRUN [\"sh\", \"-c\", \"curl -LO https://go.dev/dl/go1.20.2.linux-${TARGETARCH}.tar.gz\"]\n");
}

void TestRuleArm201::fixes()
{
    QFETCH(QString, dockerfile);
    QFETCH(int, fix);
    QFETCH(QString, expected);
    const QList<Finding> found = lint(QStringLiteral("ARM201"), dockerfile);
    QCOMPARE(found.size(), 1);
    int refused = -1;
    const QString result = applied(dockerfile, found.first(), fix, &refused);
    QCOMPARE(refused, 0);
    QCOMPARE(result, expected);
    QVERIFY(lint(QStringLiteral("ARM201"), result).isEmpty());
}

static const char *checksummed =
    "FROM debian:12\n"
    "RUN curl -fsSLO https://go.dev/dl/go1.20.2.linux-amd64.tar.gz \\\n"
    " && echo \"4eaea32f59cde4dc635fbc42161031d13e1c780b87097f4b4234cfce671f1768  go1.20.2.linux-amd64.tar.gz\" | sha256sum -c - \\\n"
    " && tar -C /usr/local -xzf go1.20.2.linux-amd64.tar.gz\n";

void TestRuleArm201::checksumCaseFix()
{
    const QString text = s(checksummed);
    const QList<Finding> found = lint(QStringLiteral("ARM201"), text);
    QCOMPARE(found.size(), 1);
    QCOMPARE(ranges(found), list({"2:35-2:62"}));
    QCOMPARE(found.first().fixes.size(), 3);
    // First: the only option that keeps verifying the download on both architectures.
    QCOMPARE(applied(text, found.first(), 0), s(
        "FROM debian:12\nARG TARGETARCH\n"
        "RUN case \"$TARGETARCH\" in amd64) GO_SHA256=4eaea32f59cde4dc635fbc42161031d13e1c780b87097f4b4234cfce671f1768 ;; "
        "arm64) GO_SHA256=78d632915bb75e9a6356a47a42625fd1a785c83a64a643fedd8f61e31b1b3bef ;; esac; "
        "curl -fsSLO https://go.dev/dl/go1.20.2.linux-${TARGETARCH}.tar.gz \\\n"
        " && echo \"${GO_SHA256}  go1.20.2.linux-${TARGETARCH}.tar.gz\" | sha256sum -c - \\\n"
        " && tar -C /usr/local -xzf go1.20.2.linux-${TARGETARCH}.tar.gz\n"));
    QVERIFY(found.first().fixes.at(0).note.isEmpty());
    // Portable without the checksum: says the checksum line must change.
    QVERIFY(found.first().fixes.at(1).note.contains(QStringLiteral("line 3")));
    // Literal: the arm64 checksum from the knowledge base replaces the amd64 one.
    const QString literal = applied(text, found.first(), 2);
    QCOMPARE(literal, s(
        "FROM debian:12\n"
        "RUN curl -fsSLO https://go.dev/dl/go1.20.2.linux-arm64.tar.gz \\\n"
        " && echo \"78d632915bb75e9a6356a47a42625fd1a785c83a64a643fedd8f61e31b1b3bef  go1.20.2.linux-arm64.tar.gz\" | sha256sum -c - \\\n"
        " && tar -C /usr/local -xzf go1.20.2.linux-arm64.tar.gz\n"));
    QVERIFY(found.first().fixes.at(2).note.isEmpty());
    for (int i = 0; i < 3; ++i)
        QVERIFY(lint(QStringLiteral("ARM201"), applied(text, found.first(), i)).isEmpty());
}

void TestRuleArm201::checksumUnknownVersionKeepsNote()
{
    const QString text = s("FROM debian:12\n"
        "RUN curl -fsSLO https://go.dev/dl/go1.19.1.linux-amd64.tar.gz \\\n"
        " && echo \"acc512fbab4f716a8f97a8b3fbaa9ddd39606a28be6c2515ef7c6c6311acffde  go1.19.1.linux-amd64.tar.gz\" | sha256sum -c -\n");
    const QList<Finding> found = lint(QStringLiteral("ARM201"), text);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().fixes.size(), 2); // no case option without both checksums
    QVERIFY(!found.first().fixes.at(0).note.isEmpty());
    QVERIFY(!found.first().fixes.at(1).note.isEmpty());
}

void TestRuleArm201::oneFindingPerDownloadingInstruction()
{
    // Two RUNs fetch the tarball: two problems. A tar -x of the same file in the same RUN, or in a
    // later RUN that downloads nothing, belongs to the download before it.
    const QString text = s("FROM debian:12\n"
        "RUN curl -LO https://go.dev/dl/go1.21.0.linux-amd64.tar.gz\n"
        "RUN tar -C /usr/local -xzf go1.21.0.linux-amd64.tar.gz\n"
        "RUN wget https://go.dev/dl/go1.21.0.linux-amd64.tar.gz && tar -xzf go1.21.0.linux-amd64.tar.gz -C /opt\n");
    const QList<Finding> found = lint(QStringLiteral("ARM201"), text);
    QCOMPARE(ranges(found), list({"2:32-2:59", "4:28-4:55"}));
    QCOMPARE(found.at(0).fixes.at(0).edits.size(), 3); // ARG, the download, the tar of the next RUN
    QCOMPARE(found.at(1).fixes.at(0).edits.size(), 3); // ARG, the download, its tar
    // Both fixes together: the identical ARG insertion is merged and the result builds for both.
    QList<TextEdit> edits = found.at(0).fixes.at(0).edits;
    edits += found.at(1).fixes.at(0).edits;
    const FixApplier::Result merged = FixApplier::apply(text, edits);
    QVERIFY(merged.refused.isEmpty());
    QCOMPARE(merged.text, s("FROM debian:12\nARG TARGETARCH\n"
        "RUN curl -LO https://go.dev/dl/go1.21.0.linux-${TARGETARCH}.tar.gz\n"
        "RUN tar -C /usr/local -xzf go1.21.0.linux-${TARGETARCH}.tar.gz\n"
        "RUN wget https://go.dev/dl/go1.21.0.linux-${TARGETARCH}.tar.gz && tar -xzf go1.21.0.linux-${TARGETARCH}.tar.gz -C /opt\n"));
    QVERIFY(lint(QStringLiteral("ARM201"), merged.text).isEmpty());
    // Each fix alone fixes its own download only.
    QCOMPARE(lint(QStringLiteral("ARM201"), applied(text, found.at(1), 0)).size(), 1);
}

// TextSite::contains skips the search by comparing character sets: it must answer as the search does.
void TestRuleArm201::siteContainsAgreesWithSearch()
{
    const Dockerfile df = Dockerfile::parse(QStringLiteral("Dockerfile"), s(
        "FROM debian:12\nENV GO_URL=https://go.dev/dl/go1.20.2.linux-amd64.tar.gz EMPTY=\n"
        "RUN curl -LO https://go.dev/dl/go1.20.2.linux-amd64.tar.gz && tar -xzf go1.20.2.linux-amd64.tar.gz "
        "x86_64 jq-linux64 \"gr\u00fcn 64\" \u00e9t\u00e9 -y\n"
        "ADD https://example.com/a_amd64.deb /tmp/\n")
        // a word longer than the plain scan handles
        + s("RUN curl -LO https://example.com/") + QString(150, u'x') + s("/go1.20.2.linux-amd64.tar.gz\n"));
    const QList<ShellSource> shell = collectShellSources(df);
    const ProjectFiles project(QDir::tempPath());
    const RuleContext ctx{df, KnowledgeBase::bundled(), project, QStringLiteral("Dockerfile"), shell};
    const QList<Internal::TextSite> sites = Internal::collectSites(ctx);
    QVERIFY(sites.size() > 8);
    const QStringList needles = {QString(), u"64"_s, u"://"_s, u".linux-amd64.tar.gz"_s, u"go1."_s, u"go$"_s,
                                 u"_amd64.deb"_s, u"jq-linux64"_s, u"\u00e9t"_s, u"t\u00e9"_s, u"x86_64"_s, u"-y"_s,
                                 u"go1.20.2.linux-amd64.tar.gz"_s, u"https://go.dev/dl/go1.20.2.linux-amd64.tar.gzz"_s};
    for (const Internal::TextSite &site : sites)
        for (const QString &n : needles)
            QVERIFY2(site.contains(Internal::SiteNeedle(n)) == site.raw().contains(n),
                     qPrintable(site.raw().toString() + u" / "_s + n));
}

// The hand-written checksum scan must find what the regular expression finds.
void TestRuleArm201::sha256ScanAgreesWithRegex()
{
    const QRegularExpression re(u"(?<![0-9A-Fa-f])[0-9a-f]{64}(?![0-9A-Fa-f])"_s);
    const QString sum = u"4eaea32f59cde4dc635fbc42161031d13e1c780b87097f4b4234cfce671f1768"_s;
    const QStringList samples = {QString(), sum, u"echo "_s + sum + u"  go.tgz | sha256sum -c"_s,
                                 sum.left(63), sum + u"0"_s, u"0"_s + sum, sum + u"A"_s, u"F"_s + sum,
                                 sum.left(10) + u"A"_s + sum.mid(11), sum + u"g"_s, u"g"_s + sum + u"x"_s,
                                 sum.left(63) + u" "_s + sum, sum.toUpper(), sum + sum, u"x"_s + sum + u"-"_s + sum};
    for (const QString &text : samples)
        QVERIFY2(Internal::containsSha256Hex(text) == re.match(text).hasMatch(), qPrintable(text));
}

void TestRuleArm201::aptPackageNameIsTextBeforeEquals()
{
    for (const QString &word : {QString(), u"gcc-multilib"_s, u"gcc-multilib=4:12.2.0-3"_s, u"=1"_s, u"a=b=c"_s, u"a="_s})
        QCOMPARE(Internal::aptPackageName(word).toString(), word.section(u'=', 0, 0));
}

void TestRuleArm201::containsAnyOfAgreesWithSearches()
{
    for (const QString &text : {QString(), u"s"_s, u"sha"_s, u"shasum -a 256"_s, u"sss sha25 sha256sum -c"_s,
                                u"echo x | sha512sum"_s, u"shasu"_s, u"curl -fsSL https://x/y.tar.gz"_s, u"SHASUM"_s}) {
        const bool expected = text.contains(u"sha256sum") || text.contains(u"shasum") || text.contains(u"sha512sum");
        QCOMPARE(Internal::containsAnyOf(text, {"sha256sum"_L1, "shasum"_L1, "sha512sum"_L1}), expected);
    }
}

QTEST_GUILESS_MAIN(TestRuleArm201)
#include "tst_rule_arm201.moc"
