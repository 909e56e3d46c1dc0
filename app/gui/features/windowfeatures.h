#pragma once

namespace eb::gui {

class WindowContext;

// Makes every window feature (children of the context) and installs each in turn.
void installWindowFeatures(WindowContext &context);

} // namespace eb::gui
