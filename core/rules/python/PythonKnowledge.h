#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Armlift {

class KnowledgeBase;

// The "python" section of the knowledge base, read once when the rules are built.
struct PythonKnowledge
{
    struct WheelFact
    {
        QString name;          // PEP 503 normalized
        QString firstVersion;  // first release with a manylinux aarch64 wheel
        QStringList aptBuildDeps;
        QStringList apkBuildDeps;
        QString aptPackage;    // distro alternative (python3-numpy), may be empty
        QString note;
        QString source;
    };
    struct SpecificFact
    {
        QString rule;
        QStringList names;
        QString firstGood;
        QString note;
        QJsonObject buildFromSource;
        QString source;
    };
    struct Requirement
    {
        QStringList anyOf;
        QString apt;
        QString apk;
        QString since;         // only needed from this package version on
    };
    struct NoWheelFact
    {
        QString name;
        QList<Requirement> requires_;
        QString source;
    };
    struct CudaFact
    {
        QString name;                 // exact name, or
        QRegularExpression pattern;   // a name pattern
        QString below;                // only versions below this one
        QString cpuPackage;
        QString cpuFirstAarch64;
        QString source;
    };

    // A later first aarch64 wheel under some condition (a Python version, musl libc).
    struct ThresholdFact
    {
        QString version;
        QString source;
    };
    struct SkippedFact
    {
        QStringList versions;   // releases published without aarch64 wheels
        QString previousGood;   // a nearby release that has them, may be empty
        QString source;
    };
    struct GlibcFloorFact
    {
        QString from;           // from this release on, the aarch64 wheels need
        QString glibc;          // this glibc
        QString tag;            // manylinux_2_28_aarch64
        QString source;
    };
    struct ImageGlibc
    {
        QString repository;
        QList<QRegularExpression> tags;
        QString glibc;
        QString source;
    };

    QHash<QString, WheelFact> wheels;
    QList<SpecificFact> specific;
    QList<NoWheelFact> noWheels;
    QList<NoWheelFact> noAarch64Wheels;                        // x86-64 wheels only (Fiona, libsass)
    QHash<QString, SkippedFact> skipped;                       // h5py 3.11.0
    QHash<QString, QHash<QString, ThresholdFact>> perPython;   // name -> "3.11" -> first wheel
    QHash<QString, ThresholdFact> musl;                        // first musllinux aarch64 wheel
    QHash<QString, GlibcFloorFact> glibcFloors;
    QList<ImageGlibc> imageGlibc;
    QList<CudaFact> cuda;
    QStringList compilerImages;
    QStringList compilerImageExceptions;

    static PythonKnowledge load(const KnowledgeBase &kb);
    const SpecificFact *specificFor(const QString &normalizedName) const;
    const CudaFact *cudaFor(const QString &normalizedName) const;
    // Is the package handled by a more specific rule (ARM303/304/305)?
    bool hasSpecificRule(const QString &normalizedName) const;
    // Does the external base image already ship compilers and common -dev packages?
    bool imageHasCompilers(const QString &image) const;
    // glibc version of a known external image (centos:7 -> 2.17); null when unknown.
    const ImageGlibc *glibcOf(const QString &image) const;
};

// Answers about packages remembered for the rest of one check: a Dockerfile installs the same
// packages in many stages, and some answers (cudaFor) run a regex.
template<typename T>
class PackageMemo
{
public:
    template<typename Compute>
    T get(const QString &normalizedName, Compute compute)
    {
        auto it = m_answers.constFind(normalizedName);
        if (it == m_answers.cend())
            it = m_answers.insert(normalizedName, compute());
        return *it;
    }

private:
    QHash<QString, T> m_answers;
};

} // namespace Armlift
