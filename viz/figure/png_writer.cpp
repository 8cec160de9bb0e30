#include "viz/figure/png_writer.hpp"

#include <png.h>

#include <csetjmp>
#include <cstring>
#include <string>
#include <vector>

#include "engine/error.hpp"

namespace reticulist::viz {
namespace {

constexpr int kZlibLevel = 3;

struct Sink {
  std::ostream* out;
  char message[256];
};

void write_bytes(png_structp png, png_bytep data, png_size_t length) {
  auto* sink = static_cast<Sink*>(png_get_io_ptr(png));
  sink->out->write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(length));
  if (!*sink->out) png_error(png, "write failed");
}

void flush_bytes(png_structp png) { static_cast<Sink*>(png_get_io_ptr(png))->out->flush(); }

// libpng reports through longjmp back into write_rgb24_png; the message is kept for the exception.
[[noreturn]] void on_error(png_structp png, png_const_charp message) {
  auto* sink = static_cast<Sink*>(png_get_error_ptr(png));
  std::strncpy(sink->message, message, sizeof sink->message - 1);
  png_longjmp(png, 1);
}

void on_warning(png_structp, png_const_charp) {}

}  // namespace

void write_rgb24_png(const std::uint8_t* pixels, int width, int height, int stride, std::ostream& out) {
  Sink sink{&out, {}};
  std::vector<png_byte> row(static_cast<std::size_t>(width) * 3);
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &sink, on_error, on_warning);
  if (png == nullptr) throw BackendError("libpng: cannot start a PNG");
  png_infop info = png_create_info_struct(png);
  // No C++ object is created between here and the last libpng call: a longjmp skips no destructor.
  if (info == nullptr || setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    if (!out) return;  // the stream's failure is the caller's to report, with errno
    throw BackendError(std::string("libpng: ") + (sink.message[0] ? sink.message : "cannot write the PNG"));
  }
  png_set_write_fn(png, &sink, write_bytes, flush_bytes);
  png_set_compression_level(png, kZlibLevel);
  png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
  png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8, PNG_COLOR_TYPE_RGB,
               PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
  png_write_info(png, info);
  for (int y = 0; y < height; ++y) {
    const std::uint8_t* source = pixels + static_cast<std::size_t>(y) * static_cast<std::size_t>(stride);
    for (int x = 0; x < width; ++x) {
      std::uint32_t pixel;
      std::memcpy(&pixel, source + 4 * static_cast<std::size_t>(x), sizeof pixel);
      png_byte* rgb = row.data() + 3 * static_cast<std::size_t>(x);
      rgb[0] = static_cast<png_byte>(pixel >> 16);
      rgb[1] = static_cast<png_byte>(pixel >> 8);
      rgb[2] = static_cast<png_byte>(pixel);
    }
    png_write_row(png, row.data());
  }
  png_write_end(png, nullptr);
  png_destroy_write_struct(&png, &info);
}

}  // namespace reticulist::viz
