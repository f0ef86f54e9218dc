#include "RuleHarness.h"

using namespace Armlift;
using namespace Armlift::Internal;
using namespace Qt::StringLiterals;

class TestRuleArm501 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<int>("count");
        QTest::addColumn<SourceRange>("range");
        QTest::addColumn<QString>("fixed");
        const QString head = u"FROM ubuntu:22.04\n"_s;

        QTest::newRow("gcc argument") << head + u"RUN gcc -O2 -msse4.2 -o x x.c\n"_s << 1 << range(2, 13, 2, 21)
                                      << head + u"RUN gcc -O2 -o x x.c\n"_s;
        QTest::newRow("CFLAGS prefix") << head + u"RUN CFLAGS=\"-O2 -mavx2\" ./configure\n"_s << 1 << range(2, 17, 2, 23)
                                       << head + u"RUN CFLAGS=\"-O2\" ./configure\n"_s;
        QTest::newRow("cmake flags") << head + u"RUN cmake -DCMAKE_C_FLAGS=\"-march=haswell\" ..\n"_s << 1 << range(2, 28, 2, 42)
                                     << head + u"RUN cmake -DCMAKE_C_FLAGS=\"\" ..\n"_s;
        QTest::newRow("make argument") << head + u"RUN make CFLAGS=-m32\n"_s << 1 << range(2, 17, 2, 21)
                                       << head + u"RUN make CFLAGS=\n"_s;
        QTest::newRow("ENV K=V") << head + u"ENV CFLAGS=\"-O2 -maes\"\n"_s << 1 << range(2, 17, 2, 22)
                                 << head + u"ENV CFLAGS=\"-O2\"\n"_s;
        QTest::newRow("ENV legacy") << head + u"ENV CXXFLAGS -mfma -O3\n"_s << 1 << range(2, 14, 2, 19)
                                    << head + u"ENV CXXFLAGS -O3\n"_s;
        QTest::newRow("ARG default") << head + u"ARG SIMD=-mavx512f\n"_s << 1 << range(2, 10, 2, 19) << head + u"ARG SIMD=\n"_s;
        QTest::newRow("exec form sh -c") << head + u"RUN [\"sh\", \"-c\", \"gcc -mpclmul x.c\"]\n"_s << 1
                                         << range(2, 23, 2, 31) << head + u"RUN [\"sh\", \"-c\", \"gcc x.c\"]\n"_s;
        QTest::newRow("mtune x86 cpu") << head + u"RUN g++ -mtune=skylake-avx512 a.cc\n"_s << 1 << range(2, 9, 2, 30)
                                       << head + u"RUN g++ a.cc\n"_s;
        QTest::newRow("mtune intel") << head + u"RUN gcc -O2 -mtune=intel x.c\n"_s << 1 << range(2, 13, 2, 25)
                                     << head + u"RUN gcc -O2 x.c\n"_s;
        QTest::newRow("sha extension") << head + u"RUN CXXFLAGS=\"-O3 -msha\" make\n"_s << 1 << range(2, 19, 2, 24)
                                       << head + u"RUN CXXFLAGS=\"-O3\" make\n"_s;
        QTest::newRow("cx16 for 128-bit atomics") << head + u"RUN cmake -DCMAKE_CXX_FLAGS=-mcx16 .\n"_s << 1
                                                  << range(2, 29, 2, 35) << head + u"RUN cmake -DCMAKE_CXX_FLAGS= .\n"_s;

        QTest::newRow("mcpu") << head + u"RUN gcc -mcpu=neoverse-n1 x.c\n"_s << 0 << SourceRange{} << QString();
        QTest::newRow("aarch64 -m options") << head + u"RUN gcc -mgeneral-regs-only -mstrict-align -mtune=generic -moutline-atomics x.c\n"_s
                                            << 0 << SourceRange{} << QString();
        QTest::newRow("python image flags")
            << head + u"ENV CFLAGS=\"-O2 -fno-omit-frame-pointer -mno-omit-leaf-frame-pointer -mbranch-protection=standard\"\n"_s
            << 0 << SourceRange{} << QString();
        QTest::newRow("march native and armv8") << head + u"RUN gcc -march=native a.c && gcc -march=armv8.2-a b.c\n"_s << 0
                                                << SourceRange{} << QString();
        QTest::newRow("arch branch")
            << head + u"ARG TARGETARCH\nRUN if [ \"$TARGETARCH\" = amd64 ]; then gcc -mavx2 x.c; fi\n"_s << 0 << SourceRange{}
            << QString();
        QTest::newRow("x86 cross compiler") << head + u"RUN x86_64-linux-gnu-gcc -mavx2 x.c\n"_s << 0 << SourceRange{} << QString();
        QTest::newRow("sed removing a flag") << head + u"RUN sed -i 's/-msse4.2//' Makefile\n"_s << 0 << SourceRange{} << QString();
        QTest::newRow("not a compiler") << head + u"RUN echo -msse4.2\n"_s << 0 << SourceRange{} << QString();
    }
    void findings()
    {
        QFETCH(QString, dockerfile);
        QFETCH(int, count);
        const Files project{{u"Dockerfile"_s, dockerfile}};
        const QList<Finding> found = runRule(u"ARM501"_s, project);
        QCOMPARE(found.size(), count);
        if (count == 0)
            return;
        QFETCH(SourceRange, range);
        QFETCH(QString, fixed);
        QCOMPARE(found.first().range, range);
        QCOMPARE(found.first().severity, Severity::Error);
        const Files after = applyFix(project, found.first());
        QCOMPARE(after.value(u"Dockerfile"_s), fixed);
        QCOMPARE(runRule(u"ARM501"_s, after).size(), 0);
    }

    void marchHasConditionalOption()
    {
        const Files project{{u"Dockerfile"_s, u"FROM ubuntu:22.04\nRUN CFLAGS=\"-O2 -march=haswell\" make\n"_s}};
        const QList<Finding> found = runRule(u"ARM501"_s, project);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fixes.size(), 2);
        QVERIFY(!found.first().fixes.at(1).note.isEmpty());
        QCOMPARE(applyFix(project, found.first(), 1).value(u"Dockerfile"_s),
                 u"FROM ubuntu:22.04\nRUN CFLAGS=\"-O2 $(if [ \"$(uname -m)\" = x86_64 ]; then echo -march=haswell; else echo "
                 "-mcpu=neoverse-n1; fi)\" make\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestRuleArm501)
#include "tst_rule_arm501.moc"
