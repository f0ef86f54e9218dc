#pragma once

// Internal to core/git: owning wrappers for libgit2 handles. Never include from a public header
// that widgets see; the rest of the program talks to core/git through Qt types only.

#include <git2.h>
#include <git2/sys/errors.h>

#include <memory>

namespace Armlift::Git {

// libgit2 needs git_libgit2_init() before any call and a matching shutdown; one instance per
// process, created on first use, keeps it initialised until exit.
void ensureLibraryInitialised();

template<typename T, void (*Free)(T *)>
struct HandleDeleter
{
    void operator()(T *handle) const noexcept
    {
        if (handle)
            Free(handle);
    }
};

template<typename T, void (*Free)(T *)>
using Handle = std::unique_ptr<T, HandleDeleter<T, Free>>;

using Repository = Handle<git_repository, git_repository_free>;
using Remote = Handle<git_remote, git_remote_free>;
using Index = Handle<git_index, git_index_free>;
using Tree = Handle<git_tree, git_tree_free>;
using Commit = Handle<git_commit, git_commit_free>;
using Signature = Handle<git_signature, git_signature_free>;
using Reference = Handle<git_reference, git_reference_free>;
using Config = Handle<git_config, git_config_free>;
using ConfigEntry = Handle<git_config_entry, git_config_entry_free>;
using Object = Handle<git_object, git_object_free>;
using StatusList = Handle<git_status_list, git_status_list_free>;
using Blob = Handle<git_blob, git_blob_free>;
using Credential = Handle<git_credential, git_credential_free>;

// git_buf is a value type that owns its buffer; dispose on scope exit.
class Buf
{
public:
    Buf() = default;
    ~Buf() { git_buf_dispose(&m_buf); }
    Buf(const Buf &) = delete;
    Buf &operator=(const Buf &) = delete;
    git_buf *get() { return &m_buf; }
    const char *data() const { return m_buf.ptr ? m_buf.ptr : ""; }

private:
    git_buf m_buf = GIT_BUF_INIT;
};

// git_strarray filled by libgit2 (e.g. git_remote_list).
class StrArray
{
public:
    StrArray() = default;
    ~StrArray() { git_strarray_dispose(&m_array); }
    StrArray(const StrArray &) = delete;
    StrArray &operator=(const StrArray &) = delete;
    git_strarray *get() { return &m_array; }
    const git_strarray &operator*() const { return m_array; }

private:
    git_strarray m_array = {nullptr, 0};
};

} // namespace Armlift::Git
