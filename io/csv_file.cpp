// CsvFile: the bytes of a CSV file, memory-mapped (read into memory when it cannot be mapped, as
// a pipe), with a UTF-8 byte-order mark set aside; UTF-16 and declared legacy encodings converted
// to UTF-8 in memory. Parsing them is csv_reader.cpp's part.
#include "io/csv_file.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>
#include <utility>

#include "engine/error.hpp"
#include "io/text_encoding.hpp"

namespace reticulist::io {
namespace {

std::string system_message(int err) { return std::system_category().message(err); }

}  // namespace

struct CsvFile::Impl {
  std::string name;
  std::string owned;      // from_string, or a file that cannot be mapped (a pipe)
  std::string converted;  // the content in UTF-8, when it was not
  void* map = nullptr;
  std::size_t map_size = 0;
  std::string_view bytes;
  bool had_bom = false;

  Impl() = default;
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;
  ~Impl() {
    if (map != nullptr) ::munmap(map, map_size);
  }

  // The fast path, a UTF-8 file, keeps the mapped bytes; a conversion replaces them by its
  // result and gives the mapping back at once.
  void set_content(std::string_view all, const std::string& encoding) {
    std::size_t bom_length = 0;
    const ByteOrderMark bom = byte_order_mark(all, bom_length);
    had_bom = bom != ByteOrderMark::none;
    if (bom == ByteOrderMark::utf16le || bom == ByteOrderMark::utf16be) {
      set_converted(utf16_to_utf8(all.substr(bom_length), bom == ByteOrderMark::utf16be, name));
    } else if (bom == ByteOrderMark::none && !encoding.empty() && !is_utf8_name(encoding)) {
      set_converted(convert_to_utf8(all, encoding, name));
    } else {
      bytes = all.substr(bom_length);
    }
  }

  void set_converted(std::string text) {
    converted = std::move(text);
    bytes = converted;
    std::string().swap(owned);
    if (map != nullptr) ::munmap(map, map_size);
    map = nullptr;
  }
};

CsvFile::CsvFile(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CsvFile::CsvFile(CsvFile&&) noexcept = default;
CsvFile& CsvFile::operator=(CsvFile&&) noexcept = default;
CsvFile::~CsvFile() = default;

CsvFile CsvFile::open(const std::filesystem::path& path, const std::string& encoding) {
  auto impl = std::make_unique<Impl>();
  impl->name = path.string();
  const auto fail = [&](int err) {
    throw InputError(located(impl->name, 0, "cannot open: " + system_message(err)));
  };
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail(errno);
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};

  struct stat st {};
  if (::fstat(fd, &st) != 0) fail(errno);
  if (S_ISDIR(st.st_mode)) fail(EISDIR);
  if (S_ISREG(st.st_mode)) {
    if (st.st_size > 0) {  // mmap refuses a length of 0
      const auto size = static_cast<std::size_t>(st.st_size);
      // The page tables are filled at once (the file is read ahead if it is not cached), rather
      // than a fault at a time by the parsing threads; a file too large for that is mapped lazily.
      constexpr std::size_t kPopulateUpTo = std::size_t{4} << 30;
      void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | (size <= kPopulateUpTo ? MAP_POPULATE : 0), fd, 0);
      if (map == MAP_FAILED) fail(errno);
      impl->map = map;
      impl->map_size = size;
      impl->set_content(std::string_view(static_cast<const char*>(map), size), encoding);
    }
  } else {
    char buffer[1 << 16];
    for (;;) {
      const ::ssize_t got = ::read(fd, buffer, sizeof buffer);
      if (got == 0) break;
      if (got < 0) {
        if (errno == EINTR) continue;
        fail(errno);
      }
      impl->owned.append(buffer, static_cast<std::size_t>(got));
    }
    impl->set_content(impl->owned, encoding);
  }
  return CsvFile(std::move(impl));
}

CsvFile CsvFile::from_string(std::string bytes, std::string display_name, const std::string& encoding) {
  auto impl = std::make_unique<Impl>();
  impl->name = std::move(display_name);
  impl->owned = std::move(bytes);
  impl->set_content(impl->owned, encoding);
  return CsvFile(std::move(impl));
}

const std::string& CsvFile::name() const { return impl_->name; }
std::string_view CsvFile::bytes() const { return impl_->bytes; }
bool CsvFile::had_bom() const { return impl_->had_bom; }

}  // namespace reticulist::io
