#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Armlift {

// The interpreter a Dockerfile stage installs packages for.
struct PythonTarget
{
    enum class Libc { Unknown, Glibc, Musl };

    int major = 3;
    int minor = -1;          // -1: unknown
    Libc libc = Libc::Unknown;
    bool guessed = false;    // inferred from a distribution image, not from a python:X.Y tag
    QString image;           // the image it was inferred from
    QString glibc;           // the image's glibc ("2.17", from the knowledge base); empty: unknown

    bool knowsVersion() const { return minor >= 0; }
    QString versionText() const { return QString::number(major) + u'.' + QString::number(minor); }

    // python:3.8-slim -> 3.8 (glibc); python:3.11-alpine -> 3.11 (musl); ubuntu:20.04 -> 3.8
    // (guessed); debian:bookworm -> 3.11 (guessed); anything else: version unknown.
    static PythonTarget fromImage(const QString &image);
};

// A wheel file name taken apart (PEP 427): name-version(-build)?-python-abi-platform.whl,
// each tag part possibly a compressed set ("cp38.cp39", "manylinux1_x86_64.manylinux2014_x86_64").
struct WheelName
{
    QStringList pythonTags;
    QStringList abiTags;
    QStringList platformTags;

    static bool parse(const QString &fileName, WheelName *out);

    bool isPure() const;                               // platform "any"
    // `glibc` (e.g. "2.17"): the image's glibc; a manylinux wheel that needs a newer one does
    // not install there. Empty: unknown, any manylinux wheel counts.
    bool installsOnLinuxAarch64(PythonTarget::Libc libc, const QString &glibc = {}) const;
    // The glibc a manylinux platform tag needs: manylinux2014_aarch64 -> "2.17",
    // manylinux_2_28_aarch64 -> "2.28"; empty for other tags.
    static QString manylinuxGlibc(const QString &platformTag);
    bool matchesPython(int major, int minor) const;     // cpXY, abi3 for cpXY <= target, py3/py3X
};

// What one release's files say about arm64 Linux.
struct ReleaseWheels
{
    bool hasWheelFor(const PythonTarget &target) const;   // for target.minor < 0: any CPython 3; respects target.glibc
    // The lowest glibc any manylinux aarch64 wheel for `target`'s Python needs ("2.28"); empty
    // when there is none.
    QString aarch64GlibcFloor(const PythonTarget &target) const;
    // CPython 3 minor versions with an aarch64 (or pure) wheel, ascending; abi3 counted from its base.
    QList<int> aarch64Pythons() const;
    bool hasPlatformWheels() const;  // any non-pure wheel: the package has native code
    bool hasPureWheel() const;

    QList<WheelName> wheels;
    static ReleaseWheels fromFileNames(const QStringList &fileNames);
};

} // namespace Armlift
