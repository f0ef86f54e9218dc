#include "shell/ShellScript.h"

#include <QTest>

using namespace Armlift;
using namespace Qt::StringLiterals;

class TestShellScript : public QObject
{
    Q_OBJECT

    static QStringList names(const QList<ShellCommand> &cmds)
    {
        QStringList n;
        for (const ShellCommand &c : cmds)
            n << c.name() + (c.archConditional ? u"*"_s : QString());
        return n;
    }

private Q_SLOTS:
    void splitsOnOperators()
    {
        const auto cmds = ShellScript::parse(u"apt-get update && apt-get install -y curl; curl -fsSL x | tar xz || true & wait"_s);
        QCOMPARE(names(cmds), (QStringList{u"apt-get"_s, u"apt-get"_s, u"curl"_s, u"tar"_s, u"true"_s, u"wait"_s}));
        QCOMPARE(cmds.at(1).words.size(), 4);
    }

    void quotingAndPositions()
    {
        const QString script = u"pip install 'numpy==1.18.5' \"scipy<1.5\" GOARCH=amd64 --x=$(uname -m)"_s;
        const auto cmds = ShellScript::parse(script);
        QCOMPARE(cmds.size(), 1);
        const auto &w = cmds.first().words;
        QCOMPARE(w.at(2).value, u"numpy==1.18.5"_s);
        QVERIFY(w.at(2).quoted);
        QCOMPARE(script.mid(w.at(2).start, w.at(2).end - w.at(2).start), u"'numpy==1.18.5'"_s);
        QCOMPARE(w.at(3).value, u"scipy<1.5"_s);
        QCOMPARE(w.at(5).value, u"--x=$(uname -m)"_s);
    }

    // A word's value is assembled from several pieces: quoted parts, escapes and $(…) groups.
    void wordsFromSeveralPieces()
    {
        const auto cmds = ShellScript::parse(u"echo a'b'\"c$(x)\"\\d '' e\\ f 2>&1"_s);
        QCOMPARE(cmds.size(), 1);
        const auto &w = cmds.first().words;
        QCOMPARE(w.size(), 5);
        QCOMPARE(w.at(1).value, u"abc$(x)d"_s);
        QVERIFY(w.at(1).quoted);
        QVERIFY(w.at(2).value.isNull()); // '' is a quoted empty word
        QVERIFY(w.at(2).quoted);
        QCOMPARE(w.at(3).value, u"e f"_s);
        QCOMPARE(w.at(4).value, u"2>&1"_s);
    }

    void assignmentsBeforeName()
    {
        const auto cmds = ShellScript::parse(u"CGO_ENABLED=0 GOARCH=amd64 go build ./..."_s);
        QCOMPARE(cmds.first().nameIndex(), 2);
        QCOMPARE(cmds.first().name(), u"go"_s);
        QCOMPARE(ShellScript::parse(u"/usr/local/bin/pip3 install x"_s).first().name(), u"pip3"_s);
    }

    void archCase()
    {
        const QString script = uR"SH(set -eux; dpkgArch="$(dpkg --print-architecture)"; case "$dpkgArch" in
  amd64) url='https://dl.google.com/go/go1.21.0.linux-amd64.tar.gz' ;;
  arm64) url='https://dl.google.com/go/go1.21.0.linux-arm64.tar.gz'; curl -O "$url" ;;
  *) echo >&2 "unsupported"; exit 1 ;;
esac; curl -fsSL "$url" -o go.tgz)SH"_s;
        const auto cmds = ShellScript::parse(script);
        QCOMPARE(names(cmds), (QStringList{u"set"_s, QString(), u"*"_s, u"*"_s, u"curl*"_s, u"echo*"_s, u"exit*"_s, u"curl"_s}));
    }

    void archIfAndTestChains()
    {
        auto cmds = ShellScript::parse(u"if [ \"$TARGETARCH\" = \"amd64\" ]; then curl -O a; else curl -O b; fi; curl -O c"_s);
        QCOMPARE(names(cmds), (QStringList{u"["_s, u"curl*"_s, u"curl*"_s, u"curl"_s}));
        cmds = ShellScript::parse(u"[ \"$(uname -m)\" = x86_64 ] && wget x86.tgz; wget all.tgz"_s);
        QCOMPARE(names(cmds), (QStringList{u"["_s, u"wget*"_s, u"wget"_s}));
        cmds = ShellScript::parse(u"if [ -f /etc/os-release ]; then wget x; fi"_s);
        QCOMPARE(names(cmds), (QStringList{u"["_s, u"wget"_s}));
        cmds = ShellScript::parse(u"for arch in amd64 arm64; do GOARCH=$arch go build; done"_s);
        QCOMPARE(names(cmds), (QStringList{u"go*"_s}));
        // `test || cmd` runs cmd on the other architectures: just as conditional.
        cmds = ShellScript::parse(u"[ \"$(uname -m)\" = aarch64 ] || wget x86.tgz; wget all.tgz"_s);
        QCOMPARE(names(cmds), (QStringList{u"["_s, u"wget*"_s, u"wget"_s}));
        // The status of a grep over the architecture decides too.
        cmds = ShellScript::parse(u"dpkg --print-architecture | grep -q amd64 && wget x86.tgz; wget all.tgz"_s);
        QCOMPARE(names(cmds), (QStringList{u"dpkg"_s, u"grep"_s, u"wget*"_s, u"wget"_s}));
        cmds = ShellScript::parse(u"uname -m | grep -q aarch64 || curl -O x86.tgz"_s);
        QCOMPARE(names(cmds), (QStringList{u"uname"_s, u"grep"_s, u"curl*"_s}));
        // Groups after a test: every command inside is conditional, and the list goes on after.
        cmds = ShellScript::parse(u"[ \"$TARGETARCH\" != amd64 ] || (apt-get update && apt-get install -y gcc-multilib); wget all.tgz"_s);
        QCOMPARE(names(cmds), (QStringList{u"["_s, u"apt-get*"_s, u"apt-get*"_s, u"wget"_s}));
        QCOMPARE(cmds.at(2).words.last().value, u"gcc-multilib"_s);
        cmds = ShellScript::parse(u"[ \"$(uname -m)\" = x86_64 ] && { wget a.tgz; wget b.tgz; }; wget all.tgz"_s);
        QCOMPARE(names(cmds), (QStringList{u"["_s, u"wget*"_s, u"wget*"_s, u"wget"_s}));
        cmds = ShellScript::parse(u"( curl -O https://e.com/t-$(uname -m) ) && curl -O https://e.com/all"_s);
        QCOMPARE(names(cmds), (QStringList{u"curl"_s, u"curl"_s}));
        QCOMPARE(cmds.first().words.last().value, u"https://e.com/t-$(uname -m)"_s);
        cmds = ShellScript::parse(u"(curl -O https://e.com/t-$(uname -m))"_s);
        QCOMPARE(cmds.first().words.last().value, u"https://e.com/t-$(uname -m)"_s);
        cmds = ShellScript::parse(u"(cd /src && make) && make install"_s);
        QCOMPARE(names(cmds), (QStringList{u"cd"_s, u"make"_s, u"make"_s}));
        // A case whose patterns are architectures, over a variable with any name.
        cmds = ShellScript::parse(u"P=\"$(dpkg --print-architecture)\"; case \"${P}\" in amd64) apt-get install -y gcc-multilib ;; esac; make"_s);
        QCOMPARE(names(cmds), (QStringList{QString(), u"apt-get*"_s, u"make"_s}));
        cmds = ShellScript::parse(u"case \"$1\" in build) make ;; test) make check ;; esac"_s);
        QCOMPARE(names(cmds), (QStringList{u"make"_s, u"make"_s}));
        // A grep over something else does not.
        cmds = ShellScript::parse(u"cat /etc/os-release | grep -q bookworm && wget x.tgz"_s);
        QCOMPARE(names(cmds), (QStringList{u"cat"_s, u"grep"_s, u"wget"_s}));
        cmds = ShellScript::parse(u"curl -L https://e.com/t-linux-amd64.tgz | tar -xz && mv t /usr/bin"_s);
        QCOMPARE(names(cmds), (QStringList{u"curl"_s, u"tar"_s, u"mv"_s}));
    }

    void commentsAndContinuations()
    {
        const auto cmds = ShellScript::parse(u"echo a # not && a command\nls \\\n -l"_s);
        QCOMPARE(names(cmds), (QStringList{u"echo"_s, u"ls"_s}));
        QCOMPARE(cmds.at(1).words.size(), 2);
    }

    void neverFailsOnGarbage()
    {
        const QStringList inputs{u"\"unterminated"_s, u"$(((("_s, u"case"_s, u"esac fi done"_s, u"`"_s, u";;;;"_s, u"${"_s};
        for (const QString &in : inputs)
            ShellScript::parse(in);
    }
};

QTEST_GUILESS_MAIN(TestShellScript)
#include "tst_shellscript.moc"
