# Messages pane, composer and announcements (issue 16).
target_sources(ra_ui PRIVATE
  messages/messagedelegate.h messages/messagedelegate.cpp
  messages/messagecomposer.h messages/messagecomposer.cpp
  messages/messagespane.h messages/messagespane.cpp
  messages/announcedialog.h messages/announcedialog.cpp
)
