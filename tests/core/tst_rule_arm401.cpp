#include "RuleHarness.h"

using namespace Armlift;
using namespace Armlift::Internal;
using namespace Qt::StringLiterals;

class TestRuleArm401 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<int>("count");
        QTest::addColumn<SourceRange>("range");
        QTest::addColumn<QString>("fixed");
        const QString head = u"FROM golang:1.20\n"_s;

        QTest::newRow("talk case 5") << head + u"RUN go test -tags amd64 -v ./\n"_s << 1 << range(2, 19, 2, 24)
                                     << head + u"RUN go test -tags purego -v ./\n"_s;
        QTest::newRow("tags= list") << head + u"RUN go build -tags=netgo,amd64 ./...\n"_s << 1 << range(2, 26, 2, 31)
                                    << head + u"RUN go build -tags=netgo,purego ./...\n"_s;
        QTest::newRow("purego already there") << head + u"RUN go vet -tags purego,amd64 ./...\n"_s << 1 << range(2, 25, 2, 30)
                                              << head + u"RUN go vet -tags purego ./...\n"_s;
        QTest::newRow("quoted tag list") << head + u"RUN go install -tags \"amd64 sqlite\" ./cmd/x\n"_s << 1
                                         << range(2, 23, 2, 28) << head + u"RUN go install -tags \"purego sqlite\" ./cmd/x\n"_s;
        QTest::newRow("GOARCH prefix") << head + u"RUN CGO_ENABLED=0 GOARCH=amd64 go build -o /app .\n"_s << 1
                                       << range(2, 26, 2, 31)
                                       << u"FROM golang:1.20\nARG TARGETARCH\nRUN CGO_ENABLED=0 GOARCH=${TARGETARCH} go build -o /app .\n"_s;
        QTest::newRow("export GOARCH") << head + u"ARG TARGETARCH\nRUN export GOARCH=amd64 && go build .\n"_s << 1
                                       << range(3, 19, 3, 24)
                                       << head + u"ARG TARGETARCH\nRUN export GOARCH=${TARGETARCH} && go build .\n"_s;
        QTest::newRow("ENV K=V") << head + u"ENV GOOS=linux GOARCH=amd64\n"_s << 1 << range(2, 23, 2, 28)
                                 << u"FROM golang:1.20\nARG TARGETARCH\nENV GOOS=linux GOARCH=${TARGETARCH}\n"_s;
        QTest::newRow("ENV legacy") << head + u"ENV GOARCH amd64\n"_s << 1 << range(2, 12, 2, 17)
                                    << u"FROM golang:1.20\nARG TARGETARCH\nENV GOARCH ${TARGETARCH}\n"_s;

        QTest::newRow("GOFLAGS in ENV") << head + u"ENV GOFLAGS=\"-mod=vendor -tags=amd64\"\n"_s << 1 << range(2, 32, 2, 37)
                                        << head + u"ENV GOFLAGS=\"-mod=vendor -tags=purego\"\n"_s;
        QTest::newRow("GOFLAGS prefix") << head + u"RUN GOFLAGS=-tags=netgo,amd64 go build ./...\n"_s << 1 << range(2, 25, 2, 30)
                                        << head + u"RUN GOFLAGS=-tags=netgo,purego go build ./...\n"_s;
        QTest::newRow("GOFLAGS without amd64") << head + u"ENV GOFLAGS=\"-mod=mod -tags=netgo\"\n"_s << 0 << SourceRange{}
                                               << QString();
        QTest::newRow("purego") << head + u"RUN go test -tags purego ./\n"_s << 0 << SourceRange{} << QString();
        QTest::newRow("TARGETARCH") << head + u"ARG TARGETARCH\nRUN GOARCH=${TARGETARCH} go build .\n"_s << 0 << SourceRange{}
                                    << QString();
        QTest::newRow("loop over arches")
            << head + u"RUN for arch in amd64 arm64; do GOARCH=$arch go build -o out/$arch .; done\n"_s << 0 << SourceRange{}
            << QString();
        QTest::newRow("both arches built")
            << head + u"RUN GOARCH=amd64 go build -o out/amd64 . && GOARCH=arm64 go build -o out/arm64 .\n"_s << 0
            << SourceRange{} << QString();
        QTest::newRow("arch branch")
            << head + u"ARG TARGETARCH\nRUN if [ \"$TARGETARCH\" = amd64 ]; then GOARCH=amd64 go build -tags amd64 .; fi\n"_s << 0
            << SourceRange{} << QString();
        QTest::newRow("not a go command") << head + u"RUN echo -tags amd64\n"_s << 0 << SourceRange{} << QString();
        QTest::newRow("other tag") << head + u"RUN go build -tags amd64v3 .\n"_s << 0 << SourceRange{} << QString();
    }
    void findings()
    {
        QFETCH(QString, dockerfile);
        QFETCH(int, count);
        const Files project{{u"Dockerfile"_s, dockerfile}};
        const QList<Finding> found = runRule(u"ARM401"_s, project);
        QCOMPARE(found.size(), count);
        if (count == 0)
            return;
        QFETCH(SourceRange, range);
        QFETCH(QString, fixed);
        QCOMPARE(found.first().file, u"Dockerfile"_s);
        QCOMPARE(found.first().range, range);
        QCOMPARE(found.first().severity, Severity::Error);
        const Files after = applyFix(project, found.first());
        QCOMPARE(after.value(u"Dockerfile"_s), fixed);
        QCOMPARE(runRule(u"ARM401"_s, after).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRuleArm401)
#include "tst_rule_arm401.moc"
